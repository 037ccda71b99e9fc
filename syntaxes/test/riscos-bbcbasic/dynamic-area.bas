REM >AreaTest
LIBRARY "BASIC:DALib"
size% = &10000 : max% = 16 * 1024 * 1024
flags% = %10000000 OR (1 << 7)
name$ = "PageWarden test"
SYS "OS_DynamicArea", 0, -1, size%, -1, flags%, max%, handler%, ws%, name$ TO ,area%
IF area% = 0 THEN PRINT "No area" : END
SYS "XOS_DynamicArea", 1, area% TO ;flags%
SYS &66, 2, area%
PROCcleanup(area%)
END

DEF PROCcleanup(n%)
LOCAL e%
SYS "OS_DynamicArea", 1, n%
ENDPROC

DEF FNround(x)
= INT(x + 0.5E0)
