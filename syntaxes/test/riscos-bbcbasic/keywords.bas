   10 MODE 28: *FX 200,1
   20 REPEAT
   30   x% = x% + 1 : total = total + x% / 2.5
   40 UNTIL x% >= 10 AND NOT finished%
   50 IF x% > 3 THEN GOTO 80 ELSE GOSUB 200
   60 CASE x% OF
   70   WHEN 1, 2: PRINT "small"
   75   OTHERWISE PRINT STR$(x%); CHR$(7); LEFT$(name$, 3)
   78 ENDCASE
   80 WHILE TRUE
   90   A% = &FF : @% = &20209 : !buf% = 0 : ?buf% = 1
  100 ENDWHILE
  110 PRINT TOTAL%
  120 DATA 1, "two", three
  130 RESTORE 120 : READ a%, b$
  140 OSCLI "Cat"
  200 RETURN
