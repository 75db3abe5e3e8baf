"""Countries of the world, one table for every extractor that reads a nationality or a country's name: ISO 3166-1
alpha-2 code, English short name, adjectives of nationality ("Norwegian", "Filipino"), capital and UN M49
subregion.

Source: the country records of the PyPI package ``countryinfo`` 1.0.1 (MIT; its ``data/*.json`` fields ``ISO``,
``name``, ``demonym``, ``capital``, ``subregion``), read on 2026-11-30 and copied here as data (the package is not a
dependency). Changed by hand: a demonym that is a noun only ("Icelander", "New Zealander", "...Islander") is left
out and the adjective added ("Icelandic", "New Zealand"); other common adjectives added ("Argentine", "Philippine",
"Kazakh", "Uzbek", "Kyrgyz", "Tajik", "Saudi", "Slovenian", "Surinamese", "Botswanan", "Luxembourgish", "Myanmar",
"Timorese"); misspelt ones mended ("Maldivian", "Cape Verdean", "Comorian"); a demonym another country owns is left
to it ("Chinese" for Hong Kong and Macau, "French" for France's overseas regions, "Dominican" for the Dominican
Republic); the capital of a dependency with no time zone of its own in the records is left out.

>>> ADJECTIVES["norwegian"], ADJECTIVES["south korean"], ADJECTIVES["filipino"], PLACES["TAIPEI"], PLACES["JAPAN"]
('NO', 'KR', 'PH', 'TW', 'JP')
>>> sorted(c for c in ("KR", "JP", "AU", "IN", "SE", "US") if c in EAST_ASIA_PACIFIC)
['AU', 'JP', 'KR']
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    """One row of the table."""

    code: str
    name: str
    adjectives: tuple[str, ...]
    capital: str
    subregion: str


# code|name|adjectives (comma-separated)|capital|subregion
_TABLE = """\
AD|Andorra|Andorran|Andorra la Vella|Southern Europe
AE|United Arab Emirates|Emirati|Abu Dhabi|Western Asia
AF|Afghanistan|Afghan|Kabul|Southern Asia
AG|Antigua and Barbuda|Antiguan,Barbudan|Saint John's|Latin America and the Caribbean
AI|Anguilla|Anguillian||Latin America and the Caribbean
AL|Albania|Albanian|Tirana|Southern Europe
AM|Armenia|Armenian|Yerevan|Western Asia
AO|Angola|Angolan|Luanda|Sub-Saharan Africa
AQ|Antarctica|||
AR|Argentina|Argentinean,Argentine|Buenos Aires|Latin America and the Caribbean
AS|American Samoa|American Samoan||Polynesia
AT|Austria|Austrian|Vienna|Western Europe
AU|Australia|Australian|Canberra|Australia and New Zealand
AW|Aruba|Aruban||Latin America and the Caribbean
AX|Åland Islands|||Northern Europe
AZ|Azerbaijan|Azerbaijani|Baku|Western Asia
BA|Bosnia and Herzegovina|Bosnian,Herzegovinian|Sarajevo|Southern Europe
BB|Barbados|Barbadian|Bridgetown|Latin America and the Caribbean
BD|Bangladesh|Bangladeshi|Dhaka|Southern Asia
BE|Belgium|Belgian|Brussels|Western Europe
BF|Burkina Faso|Burkinabe|Ouagadougou|Sub-Saharan Africa
BG|Bulgaria|Bulgarian|Sofia|Eastern Europe
BH|Bahrain|Bahraini|Manama|Western Asia
BI|Burundi|Burundian|Bujumbura|Sub-Saharan Africa
BJ|Benin|Beninese|Porto-Novo|Sub-Saharan Africa
BL|Saint Barthélemy|||Latin America and the Caribbean
BM|Bermuda|Bermudian||Northern America
BN|Brunei|Bruneian|Bandar Seri Begawan|South-eastern Asia
BO|Bolivia|Bolivian|Sucre|Latin America and the Caribbean
BQ|Bonaire, Sint Eustatius and Saba|||Latin America and the Caribbean
BR|Brazil|Brazilian|Brasília|Latin America and the Caribbean
BS|The Bahamas|Bahamian|Nassau|Latin America and the Caribbean
BT|Bhutan|Bhutanese|Thimphu|Southern Asia
BV|Bouvet Island|||Latin America and the Caribbean
BW|Botswana|Motswana,Botswanan|Gaborone|Sub-Saharan Africa
BY|Belarus|Belarusian|Minsk|Eastern Europe
BZ|Belize|Belizean|Belmopan|Latin America and the Caribbean
CA|Canada|Canadian|Ottawa|Northern America
CC|Cocos (Keeling) Islands|||Australia and New Zealand
CD|Democratic Republic of the Congo|Congolese|Kinshasa|Sub-Saharan Africa
CF|Central African Republic|Central African|Bangui|Sub-Saharan Africa
CG|Republic of the Congo|Congolese|Brazzaville|Sub-Saharan Africa
CH|Switzerland|Swiss|Bern|Western Europe
CI|Ivory Coast|Ivorian|Yamoussoukro|Sub-Saharan Africa
CK|Cook Islands|||Polynesia
CL|Chile|Chilean|Santiago|Latin America and the Caribbean
CM|Cameroon|Cameroonian|Yaoundé|Sub-Saharan Africa
CN|China|Chinese|Beijing|Eastern Asia
CO|Colombia|Colombian|Bogotá|Latin America and the Caribbean
CR|Costa Rica|Costa Rican|San José|Latin America and the Caribbean
CU|Cuba|Cuban|Havana|Latin America and the Caribbean
CV|Cape Verde|Cape Verdean|Praia|Sub-Saharan Africa
CW|Curaçao|||Latin America and the Caribbean
CX|Christmas Island|||Australia and New Zealand
CY|Cyprus|Cypriot|Nicosia|Western Asia
CZ|Czech Republic|Czech|Prague|Eastern Europe
DE|Germany|German|Berlin|Western Europe
DJ|Djibouti||Djibouti|Sub-Saharan Africa
DK|Denmark|Danish|Copenhagen|Northern Europe
DM|Dominica||Roseau|Latin America and the Caribbean
DO|Dominican Republic|Dominican|Santo Domingo|Latin America and the Caribbean
DZ|Algeria|Algerian|Algiers|Northern Africa
EC|Ecuador|Ecuadorean|Quito|Latin America and the Caribbean
EE|Estonia|Estonian|Tallinn|Northern Europe
EG|Egypt|Egyptian|Cairo|Northern Africa
EH|Western Sahara|Sahrawi||Northern Africa
ER|Eritrea|Eritrean|Asmara|Sub-Saharan Africa
ES|Spain|Spanish|Madrid|Southern Europe
ET|Ethiopia|Ethiopian|Addis Ababa|Sub-Saharan Africa
FI|Finland|Finnish|Helsinki|Northern Europe
FJ|Fiji|Fijian|Suva|Melanesia
FK|Falkland Islands|||Latin America and the Caribbean
FM|Federated States of Micronesia|Micronesian|Palikir|Micronesia
FO|Faroe Islands|Faroese||Northern Europe
FR|France|French|Paris|Western Europe
GA|Gabon|Gabonese|Libreville|Sub-Saharan Africa
GB|United Kingdom|British|London|Northern Europe
GD|Grenada|Grenadian|St. George's|Latin America and the Caribbean
GE|Georgia|Georgian||Western Asia
GF|French Guiana|||Latin America and the Caribbean
GG|Guernsey|||Northern Europe
GH|Ghana|Ghanaian|Accra|Sub-Saharan Africa
GI|Gibraltar|||Southern Europe
GL|Greenland|Greenlandic||Northern America
GM|The Gambia|Gambian||Sub-Saharan Africa
GN|Guinea|Guinean|Conakry|Sub-Saharan Africa
GP|Guadeloupe|Guadeloupian||Latin America and the Caribbean
GQ|Equatorial Guinea|Equatorial Guinean|Malabo|Sub-Saharan Africa
GR|Greece|Greek|Athens|Southern Europe
GS|South Georgia|||Latin America and the Caribbean
GT|Guatemala|Guatemalan|Guatemala City|Latin America and the Caribbean
GU|Guam|Guamanian||Micronesia
GW|Guinea-Bissau|Guinea-Bissauan|Bissau|Sub-Saharan Africa
GY|Guyana|Guyanese|Georgetown|Latin America and the Caribbean
HK|Hong Kong|||Eastern Asia
HM|Heard Island and McDonald Islands|||
HN|Honduras|Honduran|Tegucigalpa|Latin America and the Caribbean
HR|Croatia|Croatian|Zagreb|Southern Europe
HT|Haiti|Haitian|Port-au-Prince|Latin America and the Caribbean
HU|Hungary|Hungarian|Budapest|Eastern Europe
ID|Indonesia|Indonesian|Jakarta|South-eastern Asia
IE|Ireland|Irish|Dublin|Northern Europe
IL|Israel|Israeli|Jerusalem|Western Asia
IM|Isle of Man|Manx||Northern Europe
IN|India|Indian|New Delhi|Southern Asia
IO|British Indian Ocean Territory|||Sub-Saharan Africa
IQ|Iraq|Iraqi|Baghdad|Western Asia
IR|Iran|Iranian|Tehran|Southern Asia
IS|Iceland|Icelandic|Reykjavik|Northern Europe
IT|Italy|Italian|Rome|Southern Europe
JE|Jersey|||Northern Europe
JM|Jamaica|Jamaican|Kingston|Latin America and the Caribbean
JO|Jordan|Jordanian|Amman|Western Asia
JP|Japan|Japanese|Tokyo|Eastern Asia
KE|Kenya|Kenyan|Nairobi|Sub-Saharan Africa
KG|Kyrgyzstan|Kyrgyz|Bishkek|Central Asia
KH|Cambodia|Cambodian|Phnom Penh|South-eastern Asia
KI|Kiribati|I-Kiribati|South Tarawa|Micronesia
KM|Comoros|Comorian|Moroni|Sub-Saharan Africa
KN|Saint Kitts and Nevis|Kittian and Nevisian|Basseterre|Latin America and the Caribbean
KP|North Korea|North Korean|Pyongyang|Eastern Asia
KR|South Korea|South Korean|Seoul|Eastern Asia
KW|Kuwait|Kuwaiti|Kuwait City|Western Asia
KY|Cayman Islands|Caymanian||Latin America and the Caribbean
KZ|Kazakhstan|Kazakhstani,Kazakh|Nur-Sultan|Central Asia
LA|Laos|Laotian|Vientiane|South-eastern Asia
LB|Lebanon|Lebanese|Beirut|Western Asia
LC|Saint Lucia|Saint Lucian|Castries|Latin America and the Caribbean
LI|Liechtenstein|Liechtensteiner|Vaduz|Western Europe
LK|Sri Lanka|Sri Lankan|Colombo|Southern Asia
LR|Liberia|Liberian|Monrovia|Sub-Saharan Africa
LS|Lesotho|Mosotho|Maseru|Sub-Saharan Africa
LT|Lithuania|Lithuanian|Vilnius|Northern Europe
LU|Luxembourg|Luxembourgish|Luxembourg|Western Europe
LV|Latvia|Latvian|Riga|Northern Europe
LY|Libya|Libyan|Tripoli|Northern Africa
MA|Morocco|Moroccan|Rabat|Northern Africa
MC|Monaco|Monegasque|Monaco|Western Europe
MD|Moldova|Moldovan|Chișinău|Eastern Europe
ME|Montenegro|Montenegrin|Podgorica|Eastern Europe
MF|Saint Martin (French part)|||Latin America and the Caribbean
MG|Madagascar|Malagasy|Antananarivo|Sub-Saharan Africa
MH|Marshall Islands|Marshallese|Majuro|Micronesia
MK|Republic of Macedonia|Macedonian|Skopje|Southern Europe
ML|Mali|Malian|Bamako|Sub-Saharan Africa
MM|Myanmar|Burmese,Myanmar|Naypyidaw|South-eastern Asia
MN|Mongolia|Mongolian|Ulaanbaatar|Eastern Asia
MO|Macau|||Eastern Asia
MP|Northern Mariana Islands|||Micronesia
MQ|Martinique|||Latin America and the Caribbean
MR|Mauritania|Mauritanian|Nouakchott|Sub-Saharan Africa
MS|Montserrat|Montserratian||Latin America and the Caribbean
MT|Malta|Maltese|Valletta|Southern Europe
MU|Mauritius|Mauritian|Port Louis|Sub-Saharan Africa
MV|Maldives|Maldivian|Malé|Southern Asia
MW|Malawi|Malawian|Lilongwe|Sub-Saharan Africa
MX|Mexico|Mexican|Mexico City|Latin America and the Caribbean
MY|Malaysia|Malaysian|Kuala Lumpur|South-eastern Asia
MZ|Mozambique|Mozambican|Maputo|Sub-Saharan Africa
NA|Namibia|Namibian|Windhoek|Sub-Saharan Africa
NC|New Caledonia|New Caledonian||Melanesia
NE|Niger|Nigerien|Niamey|Sub-Saharan Africa
NF|Norfolk Island|||Australia and New Zealand
NG|Nigeria|Nigerian|Abuja|Sub-Saharan Africa
NI|Nicaragua|Nicaraguan|Managua|Latin America and the Caribbean
NL|Netherlands|Dutch||Western Europe
NO|Norway|Norwegian|Oslo|Northern Europe
NP|Nepal|Nepalese|Kathmandu|Southern Asia
NR|Nauru|Nauruan|Yaren|Micronesia
NU|Niue|Niuean||Polynesia
NZ|New Zealand|New Zealand|Wellington|Australia and New Zealand
OM|Oman|Omani|Muscat|Western Asia
PA|Panama|Panamanian|Panama City|Latin America and the Caribbean
PE|Peru|Peruvian|Lima|Latin America and the Caribbean
PF|French Polynesia|French Polynesian||Polynesia
PG|Papua New Guinea|Papua New Guinean|Port Moresby|Melanesia
PH|Philippines|Filipino,Philippine|Manila|South-eastern Asia
PK|Pakistan|Pakistani|Islamabad|Southern Asia
PL|Poland|Polish|Warsaw|Eastern Europe
PM|Saint Pierre and Miquelon|||Northern America
PN|Pitcairn Islands|||Polynesia
PR|Puerto Rico|Puerto Rican||Latin America and the Caribbean
PS|Palestine|Palestinian|Ramallah|Western Asia
PT|Portugal|Portuguese|Lisbon|Southern Europe
PW|Palau|Palauan|Ngerulmud|Micronesia
PY|Paraguay|Paraguayan|Asunción|Latin America and the Caribbean
QA|Qatar|Qatari|Doha|Western Asia
RE|Réunion|||Sub-Saharan Africa
RO|Romania|Romanian|Bucharest|Eastern Europe
RS|Serbia|Serbian|Belgrade|Eastern Europe
RU|Russia|Russian|Moscow|Eastern Europe
RW|Rwanda|Rwandan|Kigali|Sub-Saharan Africa
SA|Saudi Arabia|Saudi Arabian,Saudi|Riyadh|Western Asia
SB|Solomon Islands||Honiara|Melanesia
SC|Seychelles|Seychellois|Victoria|Sub-Saharan Africa
SD|Sudan|Sudanese|Khartoum|Northern Africa
SE|Sweden|Swedish|Stockholm|Northern Europe
SG|Singapore|Singaporean|Singapore|South-eastern Asia
SH|Saint Helena|Saint Helenian||Sub-Saharan Africa
SI|Slovenia|Slovene,Slovenian|Ljubljana|Southern Europe
SJ|Svalbard and Jan Mayen|||Northern Europe
SK|Slovakia|Slovak|Bratislava|Eastern Europe
SL|Sierra Leone|Sierra Leonean|Freetown|Sub-Saharan Africa
SM|San Marino|Sammarinese|City of San Marino|Southern Europe
SN|Senegal|Senegalese|Dakar|Sub-Saharan Africa
SO|Somalia|Somali|Mogadishu|Sub-Saharan Africa
SR|Suriname|Surinamese|Paramaribo|Latin America and the Caribbean
SS|South Sudan|South Sudanese|Juba|Sub-Saharan Africa
ST|São Tomé and Príncipe|Sao Tomean|São Tomé|Sub-Saharan Africa
SV|El Salvador|Salvadoran|San Salvador|Latin America and the Caribbean
SX|Sint Maarten (Dutch part)|||Latin America and the Caribbean
SY|Syria|Syrian|Damascus|Western Asia
SZ|Swaziland|Swazi|Lobamba|Sub-Saharan Africa
TC|Turks and Caicos Islands|||Latin America and the Caribbean
TD|Chad|Chadian|N'Djamena|Sub-Saharan Africa
TF|French Southern and Antarctic Lands|||Sub-Saharan Africa
TG|Togo|Togolese|Lomé|Sub-Saharan Africa
TH|Thailand|Thai|Bangkok|South-eastern Asia
TJ|Tajikistan|Tajik|Dushanbe|Central Asia
TK|Tokelau|Tokelauan||Polynesia
TL|East Timor|East Timorese,Timorese|Dili|South-eastern Asia
TM|Turkmenistan|Turkmen|Ashgabat|Central Asia
TN|Tunisia|Tunisian|Tunis|Northern Africa
TO|Tonga|Tongan|Nuku'alofa|Polynesia
TR|Turkey|Turkish|Ankara|Western Asia
TT|Trinidad and Tobago|Trinidadian|Port of Spain|Latin America and the Caribbean
TV|Tuvalu|Tuvaluan|Funafuti|Polynesia
TW|Taiwan|Taiwanese|Taipei|Eastern Asia
TZ|Tanzania|Tanzanian|Dodoma|Sub-Saharan Africa
UA|Ukraine|Ukrainian|Kyiv|Eastern Europe
UG|Uganda|Ugandan|Kampala|Sub-Saharan Africa
UM|United States Minor Outlying Islands|||Micronesia
US|United States|American|Washington D.C.|Northern America
UY|Uruguay|Uruguayan|Montevideo|Latin America and the Caribbean
UZ|Uzbekistan|Uzbekistani,Uzbek|Tashkent|Central Asia
VA|Vatican City State|Vaticanian,Vatican|Vatican City|Southern Europe
VC|Saint Vincent and the Grenadines|Saint Vincentian|Kingstown|Latin America and the Caribbean
VE|Venezuela|Venezuelan|Caracas|Latin America and the Caribbean
VG|Virgin Islands, British|||Latin America and the Caribbean
VI|Virgin Islands, U.S.|||Latin America and the Caribbean
VN|Vietnam|Vietnamese|Hanoi|South-eastern Asia
VU|Vanuatu|Ni-Vanuatu|Port Vila|Melanesia
WF|Wallis and Futuna|||Polynesia
WS|Samoa|Samoan|Apia|Polynesia
YE|Yemen|Yemeni|Sana'a|Western Asia
YT|Mayotte|||Sub-Saharan Africa
ZA|South Africa|South African|Pretoria|Sub-Saharan Africa
ZM|Zambia|Zambian|Lusaka|Sub-Saharan Africa
ZW|Zimbabwe|Zimbabwean|Harare|Sub-Saharan Africa
"""


def _parse(table: str) -> tuple[Country, ...]:
    """Return the rows of a table in the form of ``_TABLE``.

    >>> _parse("SE|Sweden|Swedish|Stockholm|Northern Europe")[0].adjectives
    ('Swedish',)
    """
    rows = []
    for line in table.splitlines():
        code, name, adjectives, capital, subregion = line.split("|")
        rows.append(Country(code, name, tuple(a for a in adjectives.split(",") if a), capital, subregion))
    return tuple(rows)


COUNTRIES = _parse(_TABLE)
#: Each adjective of nationality in lower case -> its country's code (the first row that has it).
ADJECTIVES: dict[str, str] = {}
#: Each country's name and each capital in capitals ("SOUTH KOREA", "TAIPEI") -> the country's code.
PLACES: dict[str, str] = {}
for _c in COUNTRIES:
    for _a in _c.adjectives:
        ADJECTIVES.setdefault(_a.lower(), _c.code)
    for _p in (_c.name, _c.capital):
        if _p:
            PLACES.setdefault(_p.upper(), _c.code)
#: The UN M49 subregions of East and South-East Asia and the western Pacific: seven to fourteen hours ahead of
#: UTC, where the day has turned while it is still the day before in the Americas.
AHEAD_SUBREGIONS = frozenset({"Eastern Asia", "South-eastern Asia", "Australia and New Zealand", "Melanesia",
                              "Micronesia"})  # fmt: skip
#: The countries of those subregions, by code.
EAST_ASIA_PACIFIC = frozenset(c.code for c in COUNTRIES if c.subregion in AHEAD_SUBREGIONS)

