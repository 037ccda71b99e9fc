import assert from 'node:assert/strict';
import { test } from 'node:test';
import keywordTable from '../../grammars/riscos-bbcbasic/keywords.json' with { type: 'json' };
import { extendedKeyword, isExtendedPrefix, singleByteKeyword } from '../src/languages/basicTokens.js';
import { basicWords } from '../src/languages/basicWords.js';

const words = (text: string): string[] => basicWords(text).map((w) => `${w.kind} ${w.text}`);

test('keywords come off the front of a word; a conditional one only when no letter, digit or _ follows', () => {
  assert.deepEqual(words('ONx%GOSUB100,200ELSE300'), ['keyword ON', 'name x%', 'keyword GOSUB', 'keyword ELSE']);
  assert.deepEqual(words('TOTAL'), ['keyword TO', 'name TAL']);
  assert.deepEqual(words('TIMER%=TIME:COUNTER=COUNT'), ['name TIMER%', 'keyword TIME', 'name COUNTER', 'keyword COUNT']);
  assert.deepEqual(words('ERRNUM=ERROR'), ['name ERRNUM', 'keyword ERROR']);
  assert.deepEqual(words('ENDPROC:ENDPROCx'), ['keyword ENDPROC', 'name ENDPROCx']);
});

test('inside a name, a string or a number nothing is a keyword; lower case never is', () => {
  assert.deepEqual(words('xFOR%="TO":fortune%=1TO2'), ['name xFOR%', 'name fortune%', 'keyword TO']);
  assert.deepEqual(words('x=&FF+1E3OR.5'), ['name x', 'keyword OR']);
});

test('PROC and FN keep their names; REM and DATA end the line\'s words', () => {
  assert.deepEqual(words('PROCa:x=FNbTOc'), ['routine PROCa', 'name x', 'routine FNbTOc']);
  assert.deepEqual(words('REM TO x\nDATA FOR\nNEXT'), ['keyword REM', 'keyword DATA', 'keyword NEXT']);
});

test('the keywords read are the token table\'s, and COLOR, which BASIC reads as COLOUR', () => {
  const table = new Set<string>();
  for (let b = 0x7f; b <= 0xff; b++) {
    const keyword = singleByteKeyword(b);
    if (keyword) table.add(keyword);
    for (let second = 0x8e; isExtendedPrefix(b) && second <= 0xff; second++) {
      const extended = extendedKeyword(b, second);
      if (extended) table.add(extended);
    }
  }
  assert.deepEqual([...keywordTable.keywords].sort(), [...table, 'COLOR'].sort());
  assert.deepEqual(keywordTable.conditional.filter((k) => !table.has(k)), []);
});
