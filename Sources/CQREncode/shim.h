#include <qrencode.h>
#include <stdlib.h>

/* Exported by libqrencode (since 3.x) but declared only in its internal header
   qrencode_inner.h. QRcode_encodeString is exactly Split_splitStringToQRinput followed by
   QRcode_encodeMask(input, -1), where -1 tries all eight masks and scores each; gongkai
   passes a fixed mask instead, which skips the scoring (bench/PERFORMANCE.md, “QR codes”). */
extern int Split_splitStringToQRinput(const char *string, QRinput *input, QRencodeMode hint, int casesensitive);
extern QRcode *QRcode_encodeMask(QRinput *input, int mask);
