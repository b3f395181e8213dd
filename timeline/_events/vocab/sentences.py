"""Sentence and clause vocabulary: the marks that break sentences and clauses, quotes and brackets."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Sentences and clauses.
# ---------------------------------------------------------------------------------------------

SENTENCE_BREAKS = "。！？!?；;"
CLAUSE_BREAKS = "，,：:"
#: A comma between a digit and three more digits parts a number's thousands (1,200亿元).
THOUSANDS_SEPARATOR = ","
#: Digits, Chinese numerals and decimal points: a run of more of them than any number has is no
#: prose (see `milestones.LONGEST_NUMERAL_RUN`).
NUMERAL_CHARACTERS = "0-9０-９〇零一二两三四五六七八九十百千万亿.．"
#: Opening and closing quotation marks: a clause break inside a quotation that closes within
#: QUOTE_REACH characters does not cut the clause (slogans, names).
QUOTES = "“”"
QUOTE_REACH = 30
#: Brackets inside which a sentence or clause is never split (document titles, asides).
OPEN_BRACKETS = "《（(〈【"
CLOSE_BRACKETS = "》）)〉】"
