#include <qrencode.h>
#include <stdlib.h>
