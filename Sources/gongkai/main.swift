import GongkaiCore
print("x")
