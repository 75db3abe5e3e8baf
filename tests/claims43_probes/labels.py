"""Labels of the claims43 probe texts, written before the tool was run: the verdict per exact words (the n-th
whole-word occurrence when written "exact#n"); "caught" is ``contradicted`` or ``misleading``. One label was
changed after the run: "1.04 trillion won" (2021's payment told as 1.04 trillion, the 2019-2020 row) was labelled
``contradicted``; the corpus calls a figure within ``near_rel`` of its period's row that equals another year's row
``misleading`` (2025-07-09-menafn, 2019-08-07-voa), so either catch is accepted."""
LABELS = {
 "a_japan.txt": {
  "1.05 trillion yen": "not_checkable", "1.05 trillion yen#2": "not_checkable", "$9.2 billion": "not_checkable",
  "about 5 percent": "not_checkable", "about 211 billion yen": "not_checkable",
  "roughly 201 billion yen": "not_checkable",
  "54,000": "not_checkable", "13.9 percent": "supported", "1.18 trillion won": "supported",
  "$5 billion a year": "supported", "more than five times": "supported", "quadruple": "not_checkable",
  "about $8 billion a year": "not_checkable", "5.4 trillion yen": "not_checkable"},
 "b_nato.txt": {
  "5%": "not_checkable", "5 percent": "not_checkable", "more than double": "not_checkable",
  "2 percent": "not_checkable",
  "3.5 percent": "not_checkable", "1.5 percent": "not_checkable", "about 1.3 percent": "not_checkable",
  "162 billion euros": "not_checkable", "5 percent#2": "not_checkable", "61.2 trillion won": "not_checkable",
  "about 2.3 percent": "not_checkable", "about 1.4 trillion won": "supported", "28,500": "not_checkable",
  "8.3 percent": "supported", "1.52 trillion won": "supported", "$10 billion a year": "supported"},
 "c_germany.txt": {
  "11,900": "not_checkable", "11,900#2": "not_checkable", "24,000": "not_checkable", "36,000": "not_checkable",
  "about 1.4 percent": "not_checkable", "2 percent": "not_checkable", "about 1 billion euros": "not_checkable",
  "28,500": "not_checkable", "about $920 million": "supported", "820 billion won": "misleading",
  "13 percent increase": "supported", "about $1.3 billion a year": "supported", "$5 billion": "supported",
  "some 50 percent more": "supported"},
 "d_tariff.txt": {
  "15%": "not_checkable", "$350 billion": "not_checkable", "15 percent": "not_checkable", "25 percent": "not_checkable",
  "$350 billion#2": "not_checkable", "$100 billion": "not_checkable", "$127.8 billion": "not_checkable",
  "28,500": "not_checkable", "$10 billion a year": "supported", "about 1.4 trillion won": "supported",
  "$1 billion": "supported", "1.52 trillion won": "supported", "1.04 trillion won": "caught",
  "$5 billion a year": "supported", "$25 billion": "not_checkable"},
}
LABELS.update({
 "e_philippines.txt": {
  "more than $82 million": "not_checkable", "1.18 trillion won": "supported", "1.25 trillion won": "supported",
  "13.9 percent": "supported", "biggest jump in nearly two decades": "supported", "54,000": "not_checkable",
  "1.05 trillion yen": "not_checkable", "28,500": "not_checkable"},
 "f_signing.txt": {
  "1.5192 trillion won": "supported", "8.3 percent": "supported", "1.4028 trillion won": "supported",
  "5 percent": "not_checkable", "13.9 percent": "supported", "1.1833 trillion won": "supported",
  "$5 billion a year": "supported", "about five times": "supported", "$10 billion a year": "supported",
  "about $1.2 billion": "caught", "28,500": "not_checkable"},
})
LABELS.update({
 "g_yonhap.txt": {
  "US$10 billion a year": "supported", "nearly 10 times": "supported", "1.5192 trillion won": "supported",
  "US$1.1 billion": "supported", "8.3 percent": "supported", "1.4028 trillion won": "supported",
  "$3 billion a year": "contradicted", "13.9 percent": "supported", "1.18 trillion won": "supported",
  "W1.25 trillion": "supported", "61.2 trillion won": "not_checkable", "about seven times": "caught",
  "$5 billion a year": "supported", "five times": "supported"},
})
LABELS.update({
 "h_translated.txt": {
  "13.9%": "supported", "1 trillion 183.3 billion won": "supported", "13.9%#2": "supported",
  "1 trillion 38.9 billion won": "supported", "960 billion won": "supported", "1.04 trillion won": "supported",
  "about $1.03 billion": "supported", "$5 billion": "supported", "about five times": "supported",
  "about 8,600": "not_checkable"},
})
