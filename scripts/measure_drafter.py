"""Measure the drafter against the reviewed encodings: per document and in all, how many reviewed
obligations the draft finds (quote overlap, obligations/drafting/measure.py) and how many actors,
modalities, deadlines and targets it reads right.

TUNING: the provincial encodings, whose texts (the seeds) ship in directives/sources/; the drafter's
rules were written looking at these. HELD-OUT: the national encodings, whose texts are in ../shared
(or OBLIGATIONS_SHARED_DIR); they were measured last and not tuned on, until the second round added
the rule that reads the bound body from an article's title ("Điều 15. Trách nhiệm của ..."), a
grammar QĐ 28/2018 uses: since then they are no longer strictly held-out. HELD-OUT (FRESH): the texts
of tests/drafting/heldout/, gathered and annotated by hand (their .gold.yaml) before any rule of the
second round was written, and never tuned on until the third round, whose layout rules (header
cells, broken sentences, page furniture) were written after the lead reported how Hà Tĩnh 3504 was
misread: since then the fresh figures are no longer clean. HELD-OUT 2: the texts of
tests/drafting/heldout2/, gathered and annotated by someone who never ran the drafter, while the
fourth round's rules were written by others who never saw them; measured once, after that round,
then the fifth round's development set (no longer clean). HELD-OUT 3: tests/drafting/heldout3/,
annotated the same way while the fifth round was written; measured once, after it, then the sixth
round's development set. HELD-OUT 4: tests/drafting/heldout4/, annotated while the sixth round was
written; measured once, after it, then a development set of the seventh round. HELD-OUT 5:
tests/drafting/heldout5/, annotated by three people while the seventh round was written; measured
once, after it, then a development set of the eighth round. HELD-OUT 6: tests/drafting/heldout6/,
annotated the same way while the eighth round was written; measured once, after it, then a
development set of the ninth round. HELD-OUT 7: tests/drafting/heldout7/, annotated by two people
while the ninth round was written; measured once, after it, then a development set of the tenth
round. HELD-OUT 8: tests/drafting/heldout8/, annotated by three people while the tenth round was
written; measured once, after it, then a development set of the eleventh round. HELD-OUT 9:
tests/drafting/heldout9/, annotated by three people while the eleventh round was written;
measured once, after it, then a development set of the twelfth round. HELD-OUT 10:
tests/drafting/heldout10/, annotated by three people while the twelfth round was written;
measured once, after it. HELD-OUT 11: tests/drafting/heldout11/, annotated by three people with the
settled readings (R1-R6, docs/huong-dan-ma-hoa.md) given in advance, while round 13 was written; measured once, after it, then a development set of round 14. HELD-OUT 12:
tests/drafting/heldout12/, annotated the same way while round 14 was written; measured once, after it, then the
validation set of round 15 (its totals only were read). HELD-OUT 13: tests/drafting/heldout13/, annotated the same
way while round 15 was written; measured once, after it, then a development set of round 16. HELD-OUT 14:
tests/drafting/heldout14/, annotated the same way while round 15's second wave and round 16 were written; measured
once, after round 16, then a development set of round 17. HELD-OUT 15: tests/drafting/heldout15/, annotated the
same way while round 17 was written; measured once, after it, and after round 18; then a development set of round
19. HELD-OUT 16: tests/drafting/heldout16/, annotated the same way while round 18 was written; measured once, after
it, and after round 19; then a development set of round 20. HELD-OUT 17: tests/drafting/heldout17/, annotated the same
way while round 20 was written; measured before it, after it and after rounds 21 and 22; then a development
set of round 23. HELD-OUT 18: tests/drafting/heldout18/, annotated the same way (readings R1-R7) while round 23 was
written; measured before it and after rounds 23 and 24; then a development set of round 25. HELD-OUT 19:
tests/drafting/heldout19/, annotated the same way while round 25 was written; measured before it and after it; then a
development set of round 26. HELD-OUT 20: tests/drafting/heldout20/, annotated the same way while rounds 25 and 26
were written; measured after each; then a development set of round 27. HELD-OUT 21: tests/drafting/heldout21/, texts
of the two-level local government (from July 2025), annotated the same way while round 27 was written; measured before
it and after it; then a development set of round 28. HELD-OUT 22: tests/drafting/heldout22/, texts of the same era,
annotated the same way while round 28 was written; measured before it and after it; then a development set of round
29. HELD-OUT 23: tests/drafting/heldout23/, texts of 2020 to 2026, annotated the same way while round 29 was written;
measured before it and after it; then a development set of round 30. HELD-OUT 24: tests/drafting/heldout24/, texts of
2016 to 2026, annotated the same way while round 30 was written; measured before it and after it; then a development
set of round 31. HELD-OUT 25: tests/drafting/heldout25/, texts of 2017 to 2026, annotated the same way while round 31
was written; measured before it and after it; then a development set of round 32. HELD-OUT 26: tests/drafting/heldout26/,
texts of 2015 to 2026 by subject, annotated the same way while round 32 was written; measured before it and after
rounds 32 to 35; then a development set of round 36. HELD-OUT 27: tests/drafting/heldout27/, texts of 2017 to 2026 in
six other subjects, annotated the same way while round 36 was written; measured before it and after rounds 36 to 39;
then a development set of round 40. HELD-OUT 28: tests/drafting/heldout28/, texts of 2016 to 2026 in three other
subjects and three kinds (official letters, the new communes' texts, notices of conclusions), annotated the same way
while round 40 was written; measured before it and after it; then a development set of round 41. HELD-OUT 29:
tests/drafting/heldout29/, texts of 2016 to 2026 in three other subjects and three kinds (directives, plans with their
tasks' holders), annotated the same way while round 41 was written; measured before it and after it, and after round
42. HELD-OUT 30: tests/drafting/heldout30/, texts of 2016 to 2026 of four kinds (a Sở's or a district office's texts to
its units; telegrams other than storms'; the five cities' districts, wards and communes; a commune's notices to its
people), annotated the same way while round 42 was written; measured before it and after it. Sets 29 and 30 then
became development sets of round 43 (the lead had printed their misreads to choose its themes). HELD-OUT 31:
tests/drafting/heldout31/, texts of 2017 to 2026 in three other subjects (administrative reform and public services;
housing and land; education and exams), annotated the same way while round 43 was written; measured before it and
after it, and after round 44. HELD-OUT 32: tests/drafting/heldout32/, texts of 2016 to 2026 in three other subjects
(water, drought and dams; tourism, culture, festivals and sport; health), annotated the same way while round 44 was
written; measured before it and after it. Sets 31 and 32 then became development sets of round 45 (the lead had
printed their misreads to choose its themes). HELD-OUT 33: tests/drafting/heldout33/, texts of 2016 to 2026 in three
other subjects (fire prevention and work safety; animal and plant health and fishing; Tết and the year's end) and
one kind (plans giving figures and dated tasks), annotated the same way while rounds 45 and 46 were written;
measured before them and after each. Set 33 then became a development set of round 47 (the lead had printed its
misreads to choose its themes). HELD-OUT 34: tests/drafting/heldout34/, texts of 2016 to 2026 in three other subjects
(elections and defence; traffic safety, security and order; public investment and projects) and one kind (plans
giving figures and dated tasks), annotated the same way while round 47 was written; measured before it, after it and
after round 48. Set 34 then became a development set of round 49 (the lead had printed its misreads to choose its
themes). HELD-OUT 35: tests/drafting/heldout35/, texts of 2017 to 2025 in four other subjects (justice and the law;
markets and trade; labour and social protection; science, technology and communications), annotated the same way while
round 49 was written; measured before it, after it and after round 50. Set 35 then became a development set of round
51 (the lead had printed its misreads to choose its themes). HELD-OUT 36: tests/drafting/heldout36/, texts of 2015 to
2025 in three other subjects (the environment; public finance; agriculture and new rural development) and one kind
(plans giving figures and dated tasks), annotated the same way while round 51 was written; measured before it, after
it and after round 52. Set 36 then became a development set of round 53 (the lead had printed its misreads to choose
its themes). HELD-OUT 37: tests/drafting/heldout37/, texts of 2015 to 2025 in three other subjects (health;
construction, land and housing; culture, sport and tourism) and one kind (plans giving figures and dated tasks),
annotated the same way while round 53 was written; measured before it, after it and after rounds 54 and 55. Set 37
then became a development set of round 56 (the lead had printed its misreads to choose its themes). HELD-OUT 38:
tests/drafting/heldout38/, texts of 2018 to 2026 in three other subjects (digital transformation; natural disasters
and civil defence; children, youth and families) and one kind (plans giving figures and dated tasks), annotated the
same way while round 56 was written; measured before it, after it and after round 57. Set 38 then became a
development set of round 58 (the lead had printed its misreads to choose its themes). HELD-OUT 39:
tests/drafting/heldout39/, texts of 2015 to 2026 in three other subjects (home affairs and the civil service;
education and training; energy, minerals and industry) and one kind (plans giving figures and dated tasks),
annotated the same way while round 58 was written; measured before it, after it and after rounds 59 and 60. Set 39
then became a development set of round 61 (the lead had printed its misreads to choose its themes). HELD-OUT 40:
tests/drafting/heldout40/, texts of 2016 to 2026 in three other subjects (people with merit and social insurance;
forests and forest fires; crime, drugs and public security) and one kind (plans giving figures and dated tasks, in two
parts), annotated the same way while round 60 was written; measured before it, after it and after rounds 61 and 62.
Set 40 then became a development set of round 63 (the lead had printed its misreads to choose its themes).
HELD-OUT 41: tests/drafting/heldout41/, texts of 2015 to 2026 in four other subjects (taxes and the budget's revenue;
poverty reduction and social assistance; civil status, mediation and the handling of violations; the press, public
information and mass mobilisation) and one kind (plans giving figures and dated tasks), annotated the same way while
round 61 was written; measured before it, after it and after rounds 62 and 63.
Set 41 then became a development set of round 64 (the lead had printed its misreads to choose its themes).
HELD-OUT 42: tests/drafting/heldout42/, texts of 2015 to 2026 in four other subjects (planning and its disclosure;
foreign affairs and international cooperation; labour relations and wages; medicines, pharmacies and hospitals) and
one kind (plans giving figures and dated tasks), annotated the same way while round 62 was written; measured before it,
after it and after rounds 63 and 64.
Set 42 then became a development set of round 65 (the lead had printed its misreads to choose its themes).
HELD-OUT 43: tests/drafting/heldout43/, texts of 2017 to 2025 in five other subjects (rearranging administrative units
and the assets they leave; inspection, citizens' reception, complaints and corruption; food safety and consumer
protection; residents' data and electronic identification; river and coastal erosion and the dykes) and one kind
(plans giving figures and dated tasks), annotated the same way while round 64 was written; measured before it,
after it and after rounds 65 and 66.
Set 43 then became a development set of round 67 (the lead had printed its misreads to choose its themes).
HELD-OUT 44: tests/drafting/heldout44/, texts of 2016 to 2025 in four other subjects (archives and records
management; gender equality, the elderly and people with disabilities; standards, measurement, quality, intellectual
property and traceability; state enterprises and public service units) and one kind (plans giving figures and dated
tasks), annotated the same way while round 65 was written; measured before it, after it and after rounds 66 to 68.
Set 44 then became a development set of round 69 (the lead had printed its misreads to choose its themes).
HELD-OUT 45: tests/drafting/heldout45/, texts of 2015 to 2026 in three other subjects (wildlife protection and trade;
water resources; national defence and security education and the militia) and one kind (plans giving figures and
dated tasks), annotated the same way while round 67 was written; measured before it and after rounds 67 to 70.
Set 45 then became a development set of round 71 (the lead had printed its misreads to choose its themes).
HELD-OUT 46: tests/drafting/heldout46/, texts of 2016 to 2025 in three other subjects (air pollution and climate
change; cashless payments; smuggling, trade fraud and counterfeit goods) and one kind (plans giving figures and dated
tasks), annotated the same way while round 68 was written; measured before it and after rounds 68 to 71.
Set 46 then became a development set of round 72 (the lead had printed its misreads to choose its themes).
HELD-OUT 47: tests/drafting/heldout47/, texts of 2015 to 2025 in three other subjects (thrift and the fight against
waste; emulation and commendation; human trafficking and domestic violence) and one kind (plans giving figures and
dated tasks), annotated the same way while round 69 was written; measured before it and after rounds 69 to 73.
Set 47 then became a development set of round 74 (the lead had printed its misreads to choose its themes).
HELD-OUT 48: tests/drafting/heldout48/, texts of 2015 to 2025 in five other subjects (housing and construction order;
occupational safety and health; policy credit and social lending; legal dissemination, Law Day and grassroots
mediation; markets and trade) and one kind (plans giving figures and dated tasks), annotated the same way while round
70 was written; measured before it and after rounds 70 to 74.
Set 48 then became a development set of round 75 (the lead had printed its misreads to choose its themes).
HELD-OUT 49: tests/drafting/heldout49/, texts of 2016 to 2026 in four other subjects (industrial parks and rooftop
solar power; residence, foreigners and exit-entry; border gates, logistics and goods clearance; belief and religion)
and one kind (plans giving figures and dated tasks), annotated the same way while round 72 was written; measured
before it and after rounds 72 to 76.
Set 49 then became a development set of round 77 (the lead had printed its misreads to choose its themes).
HELD-OUT 50: tests/drafting/heldout50/, texts of 2017 to 2025 in five other subjects (child marriage and school
violence; literacy and lifelong learning; search and rescue and incident response; information security and online
fraud; electronic health records and youth development) and one kind (plans giving figures and dated tasks),
annotated the same way while round 73 was written; measured before it and after rounds 73 to 77.
Set 50 then became a development set of round 78 (the lead had printed its misreads to choose its themes).
HELD-OUT 51: tests/drafting/heldout51/, texts of 2015 to 2025 in four other subjects (discipline and the culture of
public offices; cultural services and outdoor advertising; jobs and the labour market; rabies and livestock
vaccination) and one kind (plans giving figures and dated tasks), annotated the same way while round 74 was written;
measured before it and after rounds 74 to 78.
Set 51 then became a development set of round 79 (the lead had printed its misreads to choose its themes).
HELD-OUT 52: tests/drafting/heldout52/, texts of 2016 to 2025 in five other subjects (land: inventory, certificates
and site clearance; school exams and the school year; social and health insurance coverage; dams, reservoirs and the
flood season; dengue, larvae and measles) and one kind (plans giving figures and dated tasks), annotated the same way
while round 76 was written; measured before it and after rounds 76 to 79.
Set 52 then became a development set of round 80 (the lead had printed its misreads to choose its themes).
HELD-OUT 53: tests/drafting/heldout53/, texts of 2015 to 2026 in four other subjects (black credit, pawnshops and
multi-level selling; drug addiction treatment and HIV/AIDS; grassroots health; village covenants and grassroots
democracy) and one kind (plans giving figures and dated tasks), annotated the same way while round 77 was written;
measured before it and after rounds 77 to 80. Set 53 then became a development set of round 81 (the lead had printed
its misreads to choose its themes).
HELD-OUT 54: tests/drafting/heldout54/, texts of 2015 to 2025 in five other subjects (public investment disbursement
and settlement; military recruitment; child protection; administrative procedures and public services; animal
diseases: disinfection months, lumpy skin disease, avian flu) and two kinds (plans giving figures and dated tasks;
cooperatives and the collective economy, with figures), annotated the same way while round 78 was written; measured
before it and after rounds 78 to 81. Set 54 then became a development set of round 82 (the lead had printed its misreads to
choose its themes).
HELD-OUT 55: tests/drafting/heldout55/, texts of 2015 to 2026 in five other subjects (railway safety corridors and
crossings; routine immunisation, diphtheria and polio; urban order: pavements, roadways and informal markets; severe
cold; passenger transport and disguised contract coaches) and one kind (plans giving figures: industrial crops),
annotated the same way while round 78 was written; measured before it and after rounds 78 to 82. Set 55 then became a
development set of round 83 (the lead had printed its misreads to choose its themes).
HELD-OUT 56: tests/drafting/heldout56/, texts of 2016 to 2026 in five other subjects (extra classes and tutoring; IUU
fishing and fishing vessels; relief rice at Tết and in the lean season; craft-village pollution and wastewater;
anniversaries and flag notices) and one kind (plans giving figures: export fruit and growing-area codes), annotated
the same way while round 79 was written; measured before it and after rounds 79 to 83. Set 56 then became a
development set of round 84 (the lead had printed its misreads to choose its themes).
HELD-OUT 57: tests/drafting/heldout57/, texts of 2015 to 2025 in six other subjects (inland waterway and ferry
safety; ethnic affairs; statistical surveys and censuses; civilised weddings and funerals, cemeteries and cremation;
slaughterhouses and animals on the move; plastic waste) and one kind (plans giving figures: winter crops), annotated
the same way while round 81 was written; measured before it and after rounds 81 to 84. Set 57 then became a
development set of round 85 (the lead had printed its misreads to choose its themes).
HELD-OUT 58: tests/drafting/heldout58/, texts of 2015 to 2026 in five other subjects (petrol supply and filling
stations; agricultural inputs; gambling and betting; recruiting public employees and teachers; naming streets and
numbering houses) and one kind (plans giving figures: rural electricity and housing), annotated the same way while
round 82 was written; measured before it and after rounds 82 to 85. Set 58 then became a development set of round
86 (the lead had printed its misreads to choose its themes).
HELD-OUT 59: tests/drafting/heldout59/, texts of 2015 to 2026 in six other subjects (tuberculosis and malaria; sand,
gravel and minerals dug illegally; amnesty and the reintegration of people released from prison; street racing and
youths' weapons; overloaded vehicles and roads' safety corridors; crop pests) and one kind (plans giving figures:
rural clean water and sanitation), annotated the same way while round 83 was written; measured before it and after
rounds 83 to 86. Set 59 then became a development set of round 87 (the lead had printed its misreads to choose its
themes).
HELD-OUT 60: tests/drafting/heldout60/, texts of 2015 to 2026 in six other subjects (prostitution and social evils;
apartment buildings and workers' housing; moving people out of danger and resettling them; relics and intangible
heritage; the disaster prevention fund; public land and its encroachment) and one kind (plans giving figures:
cultured families and residential areas), annotated the same way while round 84 was written; measured before it and
after rounds 84 to 87. Set 60 then became a development set of round 88 (the lead had printed its misreads to choose its
themes).
HELD-OUT 61: tests/drafting/heldout61/, texts of 2016 to 2025 in six other subjects (grassroots security forces and
security cameras; textbooks and the 2018 general education programme; what schools collect from parents; water
hyacinth and clearing canals; theft of crops in the harvest season; traditional medicine and medicinal plants) and one
kind (plans giving figures: national-standard schools), annotated the same way while round 85 was written; measured
before it, after it and after rounds 86 to 88. Set 61 then became a development set of round 89 (the lead had printed its
misreads to choose its themes).
HELD-OUT 62: tests/drafting/heldout62/, texts of 2016 to 2025 in six other subjects (the gold trade and jewellers;
land price tables and valuation; vehicles impounded and held; soldiers back from service; construction-site safety;
noise in residential areas) and one kind (plans giving figures: civilised urban areas), annotated the same way while
round 86 was written; measured before it, after it and after rounds 87 to 89. Set 62 then became a development set of
round 90 (the lead had printed its misreads to choose its themes).
HELD-OUT 63: tests/drafting/heldout63/, texts of 2015 to 2026 in six other subjects (swiftlet farming; blood and
organ donation; fireworks and firecrackers; homestays and tourist lodging; the sea and islands; mangrove and coastal
protection forests) and one kind (plans giving figures: reading culture and libraries), annotated the same way while
round 87 was written; measured before it, after it and after rounds 88 to 90. Set 63 then became a development set of
round 91 (the lead had printed its misreads to choose its themes).
HELD-OUT 64: tests/drafting/heldout64/, texts of 2015 to 2025 in six other subjects (tobacco and e-cigarettes;
destructive fishing in inland waters; medical waste; bombs and mines left by war; dogs and cats kept by households;
electric cars carrying tourists) and one kind (plans giving figures: preschool and universal education), annotated
the same way while round 88 was written; measured before it, after it and after rounds 89 to 91. Set 64 then became a
development set of round 92 (the lead had printed its misreads to choose its themes).
HELD-OUT 65: tests/drafting/heldout65/, texts of 2015 to 2025 in six other subjects (the lottery; beggars and people
wandering; poisoning by wild mushrooms, toads, pufferfish and other natural toxins; beauty services; the Mid-Autumn
Festival for children; hazardous chemicals in business and storage) and one kind (plans giving figures: removing
temporary and dilapidated houses), annotated the same way while round 89 was written; measured before it, after it and
after rounds 90 to 92. Set 65 then became a development set of round 93 (the lead had printed its misreads to choose
its themes).
HELD-OUT 66: tests/drafting/heldout66/, texts of 2015 to 2026 in six other subjects (the high-voltage grid's safety
corridor; safety at beaches and bathing areas; the liquefied petroleum gas trade; foreign non-governmental organisations
and their aid; traceability and the EU's deforestation rule; farmland left idle) and one kind (plans giving figures: the
school milk programme and digital literacy for all), annotated the same way while round 90 was written; measured before
it, after it and after rounds 91 to 93. Set 66 then became a development set of round 94 (the lead had printed its
misreads to choose its themes).
HELD-OUT 67: tests/drafting/heldout67/, texts of 2016 to 2026 in six other subjects (drones and flycams; oil spills and
marine pollution; adventure and outdoor tourism; safety around airports; pupils' travel to school; urban and roadside
trees) and one kind (plans giving figures: foreign languages in schools), annotated the same way while round 91 was
written; measured before it, after it and after rounds 92 to 94. Set 67 then became a development set of round 95
(the lead had printed its misreads to choose its themes).
HELD-OUT 68: tests/drafting/heldout68/, texts of 2016 to 2025 in seven other subjects (ride-hailing and technology-based
transport; cattle straying on roads; swimming pools and water parks; junk SIM cards and spam; the harm of alcohol and
beer; heat waves; marketplaces) and one kind (plans giving figures: school health), annotated the same way while round
92 was written; measured before it, after it and after rounds 93 to 95. Set 68 then became a development set of round 96
(the lead had printed its misreads to choose its themes).
HELD-OUT 69: tests/drafting/heldout69/, texts of 2016 to 2026 in seven other subjects (weapons, explosives and support
tools handed in; rats and their control in farming; earthquakes; grassroots information and loudspeaker stations;
livestock farming in residential areas; the Tết tree-planting festival; home-made three- and four-wheeled vehicles) and
one kind (plans giving figures: mass sport and physical training), annotated the same way while round 93 was written;
measured before it, after it and after rounds 94 to 96. Set 69 then became a development set of round 97 (the lead had
printed its misreads to choose its themes).
HELD-OUT 70: tests/drafting/heldout70/, texts of 2015 to 2025 in seven other subjects (invasive alien species; the
search for and reburial of martyrs' remains; the protection of state secrets; manual brick kilns and unfired building
materials; the people's comments on the draft amended Constitution and draft laws; spontaneous migration and the
settling of migrants; traffic accident black spots and dangerous spots on roads) and one kind (plans giving figures:
child labour), annotated the same way while round 94 was written; measured before it, after it and after rounds 95 to
97.
HELD-OUT 71: tests/drafting/heldout71/, texts of 2015 to 2026 in seven other subjects (adoption; cage and raft fish
farming; lifts, boilers and other equipment under strict safety requirements; vehicle registration and licence
plates; the fight against money laundering and the financing of terrorism; carbon monoxide poisoning and unsafe
heating; thunderstorms, whirlwinds, lightning and hail) and one kind (plans giving figures: mobile coverage and
broadband), annotated the same way while round 95 was written; measured before it, after it and after rounds 96 and
97.
HELD-OUT 72: tests/drafting/heldout72/, texts of 2016 to 2026 in five other subjects (compensation, site clearance and
resettlement for projects; removing temporary and dilapidated houses; burning straw and crop residues in the open;
workers going abroad under contract; private kindergartens and independent childcare groups) and one kind (plans
giving figures: child nutrition and stunting), annotated the same way while round 96 was written; measured before it,
after it and after round 97.
HELD-OUT 73: tests/drafting/heldout73/, texts of 2017 to 2025 in three other subjects (hydro-meteorological work and
stations, forecasts and warnings; radiation safety and radioactive sources; paying pensions, social-insurance and
social-assistance benefits) and one kind (plans giving figures: high-tech and organic agriculture), annotated the same
way while round 97 was written; measured before it and after it.
The last column counts the misread actors, modalities and deadlines the draft
puts no review mark on (silent: the officer who confirms the marked guesses would let them through), out of all the
found duties' misreads of those three. A held-out
set some of whose texts' headers give the issuer an officer would (``# draft --issuer ID: why``, pages that name no
body) gets a second total: the set drafted with that issuer for those texts. A
text that is not on this machine, or that is no text of the document (a reconstruction), is skipped
with the reason. ``--details`` lists, per set, each reviewed duty not found and each reading that
differs (reviewed ≠ drafted).
"""

from __future__ import annotations

import sys
from pathlib import Path

from obligations.catalogue.load import load_catalogue
from obligations.catalogue.model import ProvenanceKind
from obligations.catalogue.sources import SourceLibrary
from obligations.drafting import draft_text
from obligations.drafting.measure import Score, given_issuer, percent, read_gold, score, without_header
from obligations.i18n import use

DRAFTING = Path(__file__).resolve().parent.parent / "tests" / "drafting"
#: the hand-annotated held-out sets: folder, title
HELDOUT = (
    (DRAFTING / "heldout", "HELD-OUT 1 (tests/drafting/heldout: annotated before round 2; no longer clean since round 3)"),
    (DRAFTING / "heldout2", "HELD-OUT 2 (tests/drafting/heldout2: annotated by someone who never ran the drafter, "
                            "before round 4; measured once after it, then the development set of round 5)"),
    (DRAFTING / "heldout3", "HELD-OUT 3 (tests/drafting/heldout3: annotated by someone who never ran the drafter, "
                            "while round 5 was written by others who never saw it; measured once after it, then the "
                            "development set of round 6)"),
    (DRAFTING / "heldout4", "HELD-OUT 4 (tests/drafting/heldout4: annotated by someone who never ran the drafter, "
                            "while round 6 was written by others who never saw it; measured once after it, then a "
                            "development set of round 7)"),
    (DRAFTING / "heldout5", "HELD-OUT 5 (tests/drafting/heldout5: annotated by three people who never ran the drafter, "
                            "while round 7 was written by others who never saw it; measured once after it, then a "
                            "development set of round 8)"),
    (DRAFTING / "heldout6", "HELD-OUT 6 (tests/drafting/heldout6: annotated by three people who never ran the drafter, "
                            "while round 8 was written by others who never saw it; measured once after it, then a "
                            "development set of round 9)"),
    (DRAFTING / "heldout7", "HELD-OUT 7 (tests/drafting/heldout7: annotated by two people who never ran the drafter, "
                            "while round 9 was written by others who never saw it; measured once after it, then a "
                            "development set of round 10)"),
    (DRAFTING / "heldout8", "HELD-OUT 8 (tests/drafting/heldout8: annotated by three people who never ran the drafter, "
                            "while round 10 was written by others who never saw it; measured once after it, then a "
                            "development set of round 11)"),
    (DRAFTING / "heldout9", "HELD-OUT 9 (tests/drafting/heldout9: annotated by three people who never ran the drafter, "
                            "while round 11 was written by others who never saw it; measured once after it, then a "
                            "development set of round 12)"),
    (DRAFTING / "heldout10", "HELD-OUT 10 (tests/drafting/heldout10: annotated by three people who never ran the "
                             "drafter, while round 12 was written by others who never saw it; never tuned on)"),
    (DRAFTING / "heldout11", "HELD-OUT 11 (tests/drafting/heldout11: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 13 was written by "
                             "others who never saw it; measured once after it, then a development set of round 14)"),
    (DRAFTING / "heldout12", "HELD-OUT 12 (tests/drafting/heldout12: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 14 was written by "
                             "others who never saw it; measured once after it, then round 15's validation set: its totals "
                             "only were read)"),
    (DRAFTING / "heldout13", "HELD-OUT 13 (tests/drafting/heldout13: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 15 was written by "
                             "others who never saw it; measured once after it, then a development set of round 16)"),
    (DRAFTING / "heldout14", "HELD-OUT 14 (tests/drafting/heldout14: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while rounds 15 and 16 were "
                             "written by others who never saw it; measured once after round 16, then a development set of "
                             "round 17)"),
    (DRAFTING / "heldout15", "HELD-OUT 15 (tests/drafting/heldout15: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 17 was written by "
                             "others who never saw it; measured once after it, and after round 18; then a development "
                             "set of round 19)"),
    (DRAFTING / "heldout16", "HELD-OUT 16 (tests/drafting/heldout16: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 18 was written by "
                             "others who never saw it; measured once after it, and after round 19; then a development set of round 20)"),
    (DRAFTING / "heldout17", "HELD-OUT 17 (tests/drafting/heldout17: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R6 given in advance, while round 20 was written by "
                             "others who never saw it; measured before it, after it and after rounds 21 and 22; then a "
                             "development set of round 23)"),
    (DRAFTING / "heldout18", "HELD-OUT 18 (tests/drafting/heldout18: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 23 was written by "
                             "others who never saw it; measured before it and after rounds 23 and 24; then a "
                             "development set of round 25)"),
    (DRAFTING / "heldout19", "HELD-OUT 19 (tests/drafting/heldout19: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 25 was written by "
                             "others who never saw it; measured before it and after it; then a development set of round "
                             "26)"),
    (DRAFTING / "heldout20", "HELD-OUT 20 (tests/drafting/heldout20: annotated by three people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while rounds 25 and 26 were "
                             "written by others who never saw it; measured after round 25 and after round 26; then a "
                             "development set of round 27)"),
    (DRAFTING / "heldout21", "HELD-OUT 21 (tests/drafting/heldout21: texts of the two-level local government, from July "
                             "2025, annotated by three people who never ran the drafter, with the settled readings R1-R7 "
                             "given in advance, while round 27 was written by others who never saw it; measured before it "
                             "and after it; then a development set of round 28)"),
    (DRAFTING / "heldout22", "HELD-OUT 22 (tests/drafting/heldout22: texts of the two-level local government, from July "
                             "2025, annotated by three people who never ran the drafter, with the settled readings R1-R7 "
                             "given in advance, while round 28 was written by others who never saw it; measured before it "
                             "and after it; then a development set of round 29)"),
    (DRAFTING / "heldout23", "HELD-OUT 23 (tests/drafting/heldout23: texts of 2020 to 2026, half of the two-level local "
                             "government, annotated by three people who never ran the drafter, with the settled readings "
                             "R1-R7 given in advance, while round 29 was written by others who never saw it; measured "
                             "before it and after it; then a development set of round 30)"),
    (DRAFTING / "heldout24", "HELD-OUT 24 (tests/drafting/heldout24: texts of 2016 to 2026, thirteen of the two-level "
                             "local government, annotated by four people who never ran the drafter, with the settled "
                             "readings R1-R7 given in advance, while round 30 was written by others who never saw it; "
                             "measured before it and after it; then a development set of round 31)"),
    (DRAFTING / "heldout25", "HELD-OUT 25 (tests/drafting/heldout25: texts of 2017 to 2026, ten of the two-level local "
                             "government, annotated by six people who never ran the drafter, with the settled readings "
                             "R1-R7 given in advance, while round 31 was written by others who never saw it; measured "
                             "before it and after it; then a development set of round 32)"),
    (DRAFTING / "heldout26", "HELD-OUT 26 (tests/drafting/heldout26: texts of 2015 to 2026 in six subjects, a quarter of them of the "
                             "two-level local government, annotated by six people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 32 was written by others who never saw "
                             "it; measured before it and after rounds 32 to 35; then a development set of round 36)"),
    (DRAFTING / "heldout27", "HELD-OUT 27 (tests/drafting/heldout27: texts of 2017 to 2026 in six other subjects "
                             "(environment; welfare; trade, energy and roads; justice and security; finance; science "
                             "and information), annotated by six people who never ran the drafter, with the settled "
                             "readings R1-R7 given in advance, while round 36 was written by others who never saw it; "
                             "measured before it and after rounds 36 to 39; then a development set of round 40)"),
    (DRAFTING / "heldout28", "HELD-OUT 28 (tests/drafting/heldout28: texts of 2016 to 2026 in three other subjects "
                             "(ethnic minorities, religion and borders; mass organisations and campaigns; construction "
                             "and urban order) and three kinds (a Sở's official letters; the new communes' and wards' "
                             "texts; notices of conclusions), annotated by six people who never ran the drafter, with "
                             "the settled readings R1-R7 given in advance, while round 40 was written by others who "
                             "never saw it; measured before it and after it; then a development set of round 41)"),
    (DRAFTING / "heldout29", "HELD-OUT 29 (tests/drafting/heldout29: texts of 2016 to 2026 in four other subjects "
                             "(statistics, censuses and records; cooperatives, OCOP and farm produce; ferries, "
                             "waterways and ports; the civil service's discipline and holidays) and two kinds "
                             "(directives; plans with their tasks' holders), annotated by six people who never ran "
                             "the drafter, with the settled readings R1-R7 given in advance, while round 41 was "
                             "written by others who never saw it; measured before it and after it, and after round "
                             "42; then a development set of round 43)"),
    (DRAFTING / "heldout30", "HELD-OUT 30 (tests/drafting/heldout30: texts of 2016 to 2026 of four kinds (a Sở's or a "
                             "district office's texts to its units; telegrams other than storms'; the five cities' "
                             "districts, wards and communes; a commune's notices to its people), annotated by four "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 42 was written by others who never saw it; measured before it and after it; then a "
                             "development set of round 43)"),
    (DRAFTING / "heldout31", "HELD-OUT 31 (tests/drafting/heldout31: texts of 2017 to 2026 in three other subjects "
                             "(administrative reform and public services; housing and land; education and exams), "
                             "annotated by three people who never ran the drafter, with the settled readings R1-R7 "
                             "given in advance, while round 43 was written by others who never saw it; measured "
                             "before it and after it, and after round 44; then a development set of round 45)"),
    (DRAFTING / "heldout32", "HELD-OUT 32 (tests/drafting/heldout32: texts of 2016 to 2026 in three other subjects "
                             "(water, drought and dams; tourism, culture, festivals and sport; health), annotated by "
                             "three people who never ran the drafter, with the settled readings R1-R7 given in "
                             "advance, while round 44 was written by others who never saw it; measured before it and "
                             "after it; then a development set of round 45)"),
    (DRAFTING / "heldout33", "HELD-OUT 33 (tests/drafting/heldout33: texts of 2016 to 2026 in three other subjects "
                             "(fire prevention, rescue and work safety; animal and plant health and fishing; Tết and "
                             "the year's end) and one kind (plans giving figures and dated tasks), annotated by four people who never ran the drafter, with the settled "
                             "readings R1-R7 given in advance, while rounds 45 and 46 were written by others who never "
                             "saw it; measured before them and after each; then a development set of round 47)"),
    (DRAFTING / "heldout34", "HELD-OUT 34 (tests/drafting/heldout34: texts of 2016 to 2026 in three other subjects "
                             "(elections and defence; traffic safety, security and order; public investment and "
                             "projects) and one kind (plans giving figures and dated tasks), annotated by four people "
                             "who never ran the drafter, with the settled readings R1-R7 given in advance, while round "
                             "47 was written by others who never saw it; measured before it, after it and after "
                             "round 48; then a development set of round 49)"),
    (DRAFTING / "heldout35", "HELD-OUT 35 (tests/drafting/heldout35: texts of 2017 to 2025 in four other subjects "
                             "(justice and the law; markets and trade; labour and social protection; science, "
                             "technology and communications), annotated by four people who never ran the drafter, "
                             "with the settled readings R1-R7 given in advance, while round 49 was written by others "
                             "who never saw it; measured before it, after it and after round 50; then a development "
                             "set of round 51)"),
    (DRAFTING / "heldout36", "HELD-OUT 36 (tests/drafting/heldout36: texts of 2015 to 2025 in three other subjects "
                             "(the environment; public finance; agriculture and new rural development) and one kind "
                             "(plans giving figures and dated tasks), annotated by four people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 51 was written by "
                             "others who never saw it; measured before it, after it and after round 52; then a "
                             "development set of round 53)"),
    (DRAFTING / "heldout37", "HELD-OUT 37 (tests/drafting/heldout37: texts of 2015 to 2025 in three other subjects "
                             "(health; construction, land and housing; culture, sport and tourism) and one kind (plans "
                             "giving figures and dated tasks), annotated by four people who never ran the drafter, with "
                             "the settled readings R1-R7 given in advance, while round 53 was written by others who "
                             "never saw it; measured before it, after it and after rounds 54 and 55; then a development set of "
                             "round 56)"),
    (DRAFTING / "heldout38", "HELD-OUT 38 (tests/drafting/heldout38: texts of 2018 to 2026 in three other subjects "
                             "(digital transformation; natural disasters and civil defence; children, youth and "
                             "families) and one kind (plans giving figures and dated tasks), annotated by four people "
                             "who never ran the drafter, with the settled readings R1-R7 given in advance, while round "
                             "56 was written by others who never saw it; measured before it, after it and after round "
                             "57; then a development set of round 58)"),
    (DRAFTING / "heldout39", "HELD-OUT 39 (tests/drafting/heldout39: texts of 2015 to 2026 in three other subjects "
                             "(home affairs and the civil service; education and training; energy, minerals and "
                             "industry) and one kind (plans giving figures and dated tasks), annotated by four people "
                             "who never ran the drafter, with the settled readings R1-R7 given in advance, while round "
                             "58 was written by others who never saw it; measured before it, after it and after rounds "
                             "59 and 60; then a development set of round 61)"),
    (DRAFTING / "heldout40", "HELD-OUT 40 (tests/drafting/heldout40: texts of 2016 to 2026 in three other subjects "
                             "(people with merit and social insurance; forests and forest fires; crime, drugs and "
                             "public security) and one kind (plans giving figures and dated tasks, in two parts), "
                             "annotated by five people who never ran the drafter, with the settled readings R1-R7 given "
                             "in advance, while round 60 was written by others who never saw it; measured before it, "
                             "after it and after rounds 61 and 62; then a development set of round 63)"),
    (DRAFTING / "heldout41", "HELD-OUT 41 (tests/drafting/heldout41: texts of 2015 to 2026 in four other subjects "
                             "(taxes and the budget's revenue; poverty reduction and social assistance; civil status, "
                             "mediation and the handling of violations; the press, public information and mass "
                             "mobilisation) and one kind (plans giving figures and dated tasks), annotated by five "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 61 was written by others who never saw it; measured before it, after it and after "
                             "rounds 62 and 63; then a development set of round 64)"),
    (DRAFTING / "heldout42", "HELD-OUT 42 (tests/drafting/heldout42: texts of 2015 to 2026 in four other subjects "
                             "(planning and its disclosure; foreign affairs and international cooperation; labour "
                             "relations and wages; medicines, pharmacies and hospitals) and one kind (plans giving "
                             "figures and dated tasks), annotated by five people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 62 was written by others who never "
                             "saw it; measured before it, after it and after rounds 63 and 64; then a development set "
                             "of round 65)"),
    (DRAFTING / "heldout43", "HELD-OUT 43 (tests/drafting/heldout43: texts of 2017 to 2025 in five other subjects "
                             "(rearranging administrative units and the assets they leave; inspection, citizens' "
                             "reception, complaints and corruption; food safety and consumer protection; residents' "
                             "data and electronic identification; river and coastal erosion and the dykes) and one kind "
                             "(plans giving figures and dated tasks), annotated by six people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 64 was written by "
                             "others who never saw it; measured before it, after it and after rounds 65 and 66; then "
                             "a development set of round 67)"),
    (DRAFTING / "heldout44", "HELD-OUT 44 (tests/drafting/heldout44: texts of 2016 to 2025 in four other subjects "
                             "(archives and records management; gender equality, the elderly and people with "
                             "disabilities; standards, measurement, quality, intellectual property and traceability; "
                             "state enterprises and public service units) and one kind (plans giving figures and dated "
                             "tasks), annotated by five people who never ran the drafter, with the settled readings "
                             "R1-R7 given in advance, while round 65 was written by others who never saw it; measured "
                             "before it, after it and after rounds 66, 67 and 68; then a development set of round 69)"),
    (DRAFTING / "heldout45", "HELD-OUT 45 (tests/drafting/heldout45: texts of 2015 to 2026 in three other subjects "
                             "(wildlife protection and trade; water resources; national defence and security education "
                             "and the militia) and one kind (plans giving figures and dated tasks), annotated by four "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 67 was written by others who never saw it; measured before it, after it and after "
                             "rounds 68 to 70; then a development set of round 71)"),
    (DRAFTING / "heldout46", "HELD-OUT 46 (tests/drafting/heldout46: texts of 2016 to 2025 in three other subjects "
                             "(air pollution and climate change; cashless payments; smuggling, trade fraud and "
                             "counterfeit goods) and one kind (plans giving figures and dated tasks), annotated by four "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 68 was written by others who never saw it; measured before it, after it and after "
                             "rounds 69 to 71; then a development set of round 72)"),
    (DRAFTING / "heldout47", "HELD-OUT 47 (tests/drafting/heldout47: texts of 2015 to 2025 in three other subjects "
                             "(thrift and the fight against waste; emulation and commendation; human trafficking and "
                             "domestic violence) and one kind (plans giving figures and dated tasks), annotated by four "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 69 was written by others who never saw it; measured before it, after it and after "
                             "rounds 70 to 73; then a development set of round 74)"),
    (DRAFTING / "heldout48", "HELD-OUT 48 (tests/drafting/heldout48: texts of 2015 to 2025 in five other subjects "
                             "(housing and construction order; occupational safety and health; policy credit and social "
                             "lending; legal dissemination, Law Day and grassroots mediation; markets and trade) and one "
                             "kind (plans giving figures and dated tasks), annotated by six people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 70 was written by "
                             "others who never saw it; measured before it, after it and after rounds 71 to 74; then a "
                             "development set of round 75)"),
    (DRAFTING / "heldout49", "HELD-OUT 49 (tests/drafting/heldout49: texts of 2016 to 2026 in four other subjects "
                             "(industrial parks and rooftop solar power; residence, foreigners and exit-entry; border "
                             "gates, logistics and goods clearance; belief and religion) and one kind (plans giving "
                             "figures and dated tasks), annotated by five people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 72 was written by others who never "
                             "saw it; measured before it, after it and after rounds 73 to 76; then a development set "
                             "of round 77)"),
    (DRAFTING / "heldout50", "HELD-OUT 50 (tests/drafting/heldout50: texts of 2017 to 2025 in five other subjects "
                             "(child marriage and school violence; literacy and lifelong learning; search and rescue "
                             "and incident response; information security and online fraud; electronic health records "
                             "and youth development) and one kind (plans giving figures and dated tasks), annotated by "
                             "six people who never ran the drafter, with the settled readings R1-R7 given in advance, "
                             "while round 73 was written by others who never saw it; measured before it, after it and "
                             "after rounds 74 to 77; then a development set of round 78)"),
    (DRAFTING / "heldout51", "HELD-OUT 51 (tests/drafting/heldout51: texts of 2015 to 2025 in four other subjects "
                             "(discipline and the culture of public offices; cultural services and outdoor advertising; "
                             "jobs and the labour market; rabies and livestock vaccination) and one kind (plans giving "
                             "figures and dated tasks), annotated by five people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 74 was written by others who never "
                             "saw it; measured before it, after it and after rounds 75 to 78; then a development set of round 79)"),
    (DRAFTING / "heldout52", "HELD-OUT 52 (tests/drafting/heldout52: texts of 2016 to 2025 in five other subjects "
                             "(land: inventory, certificates and site clearance; school exams and the school year; "
                             "social and health insurance coverage; dams, reservoirs and the flood season; dengue, "
                             "larvae and measles) and one kind (plans giving figures and dated tasks), annotated by six "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 76 was written by others who never saw it; measured before it, after it and after "
                             "rounds 77 to 79; then a development set of round 80)"),
    (DRAFTING / "heldout53", "HELD-OUT 53 (tests/drafting/heldout53: texts of 2015 to 2026 in four other subjects "
                             "(black credit, pawnshops and multi-level selling; drug addiction treatment and HIV/AIDS; "
                             "grassroots health; village covenants and grassroots democracy) and one kind (plans giving "
                             "figures and dated tasks), annotated by five people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 77 was written by others who never "
                             "saw it; measured before it, after it and after rounds 78 to 80; then a development set of round 81)"),
    (DRAFTING / "heldout54", "HELD-OUT 54 (tests/drafting/heldout54: texts of 2015 to 2025 in five other subjects "
                             "(public investment disbursement and settlement; military recruitment; child protection; "
                             "administrative procedures and public services; animal diseases: disinfection months, "
                             "lumpy skin disease, avian flu) and two kinds (plans giving figures and dated tasks; "
                             "cooperatives and the collective economy, with figures), annotated by seven people who "
                             "never ran the drafter, with the settled readings R1-R7 given in advance, while round 78 "
                             "was written by others who never saw it; measured before it, after it and after rounds 79 to 81; then a "
                             "development set of round 82)"),
    (DRAFTING / "heldout55", "HELD-OUT 55 (tests/drafting/heldout55: texts of 2015 to 2026 in five other subjects "
                             "(railway safety corridors and crossings; routine immunisation, diphtheria and polio; urban "
                             "order: pavements, roadways and informal markets; severe cold; passenger transport and "
                             "disguised contract coaches) and one kind (plans giving figures: industrial crops), "
                             "annotated by six people who never ran the drafter, with the settled readings R1-R7 given "
                             "in advance, while round 78 was written by others who never saw it; measured before it, "
                             "after it and after rounds 79 to 82; then a development set of round 83)"),
    (DRAFTING / "heldout56", "HELD-OUT 56 (tests/drafting/heldout56: texts of 2016 to 2026 in five other subjects "
                             "(extra classes and tutoring; IUU fishing and fishing vessels; relief rice at Tết and in the "
                             "lean season; craft-village pollution and wastewater; anniversaries and flag notices) and "
                             "one kind (plans giving figures: export fruit and growing-area codes), annotated by six "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 79 was written by others who never saw it; measured before it, after it and after "
                             "rounds 80 to 83; then a development set of round 84)"),
    (DRAFTING / "heldout57", "HELD-OUT 57 (tests/drafting/heldout57: texts of 2015 to 2025 in six other subjects "
                             "(inland waterway and ferry safety; ethnic affairs: prestige persons and the programme for "
                             "ethnic-minority areas; statistical surveys and censuses; civilised weddings and funerals, "
                             "cemeteries and cremation; slaughterhouses and animals on the move; plastic waste and "
                             "single-use plastics) and one kind (plans giving figures: winter crops), annotated by seven "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 81 was written by others who never saw it; measured before it, after it and after rounds 82 to 84; "
                             "then a development set of round 85)"),
    (DRAFTING / "heldout58", "HELD-OUT 58 (tests/drafting/heldout58: texts of 2015 to 2026 in five other subjects "
                             "(petrol supply and filling stations; agricultural inputs: fertilisers, pesticides and seeds; "
                             "gambling and football betting; recruiting public employees and teachers; naming streets "
                             "and numbering houses) and one kind (plans giving figures: rural electricity and housing), "
                             "annotated by six people who never ran the drafter, with the settled readings R1-R7 given in "
                             "advance, while round 82 was written by others who never saw it; measured before it, "
                             "after it and after rounds 83 to 85; then a development set of round 86)"),
    (DRAFTING / "heldout59", "HELD-OUT 59 (tests/drafting/heldout59: texts of 2015 to 2026 in six other subjects "
                             "(tuberculosis and malaria; sand, gravel and minerals dug illegally; amnesty and the "
                             "reintegration of people released from prison; street racing and youths' weapons; "
                             "overloaded vehicles and roads' safety corridors; crop pests and plant protection) and one "
                             "kind (plans giving figures: rural clean water and sanitation), annotated by seven people "
                             "who never ran the drafter, with the settled readings R1-R7 given in advance, while round "
                             "83 was written by others who never saw it; measured before it, after it and after rounds 84 to 86; "
                             "then a development set of round 87)"),
    (DRAFTING / "heldout60", "HELD-OUT 60 (tests/drafting/heldout60: texts of 2015 to 2026 in six other subjects "
                             "(prostitution and social evils; apartment buildings and workers' housing; moving people out "
                             "of danger and resettling them; relics and intangible heritage; the disaster prevention fund; "
                             "public land and its encroachment) and one kind (plans giving figures: cultured families and "
                             "residential areas), annotated by seven people who never ran the drafter, with the settled "
                             "readings R1-R7 given in advance, while round 84 was written by others who never saw it; "
                             "measured before it, after it and after rounds 85 to 87; then a development set of round 88)"),
    (DRAFTING / "heldout61", "HELD-OUT 61 (tests/drafting/heldout61: texts of 2016 to 2025 in six other subjects "
                             "(grassroots security forces and security cameras; textbooks and the 2018 general education "
                             "programme; what schools collect from parents; water hyacinth and clearing canals; theft of "
                             "crops in the harvest season; traditional medicine and medicinal plants) and one kind (plans "
                             "giving figures: national-standard schools), annotated by seven people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 85 was written by "
                             "others who never saw it; measured before it, after it and after rounds 86 to 88; "
                             "then a development set of round 89)"),
    (DRAFTING / "heldout62", "HELD-OUT 62 (tests/drafting/heldout62: texts of 2016 to 2025 in six other subjects "
                             "(the gold trade and jewellers; land price tables and valuation; vehicles impounded and held; "
                             "soldiers back from service; construction-site safety; noise in residential areas) and one "
                             "kind (plans giving figures: civilised urban areas and urban upgrading), annotated by seven "
                             "people who never ran the drafter, with the settled readings R1-R7 given in advance, while "
                             "round 86 was written by others who never saw it; measured before it, after it and after rounds 87 to 89; "
                             "then a development set of round 90)"),
    (DRAFTING / "heldout63", "HELD-OUT 63 (tests/drafting/heldout63: texts of 2015 to 2026 in six other subjects "
                             "(swiftlet farming; blood and organ donation; fireworks and firecrackers; homestays and "
                             "tourist lodging; the sea and islands; mangrove and coastal protection forests) and one kind "
                             "(plans giving figures: reading culture and libraries), annotated by seven people who never "
                             "ran the drafter, with the settled readings R1-R7 given in advance, while round 87 was "
                             "written by others who never saw it; measured before it, after it and after rounds 88 to 90; "
                             "then a development set of round 91)"),
    (DRAFTING / "heldout64", "HELD-OUT 64 (tests/drafting/heldout64: texts of 2015 to 2025 in six other subjects "
                             "(tobacco and e-cigarettes; destructive fishing in rivers, lakes and canals; medical waste; "
                             "bombs, mines and explosives left by war; dogs and cats kept by households; electric cars "
                             "carrying tourists) and one kind (plans giving figures: preschool and universal education), "
                             "annotated by seven people who never ran the drafter, with the settled readings R1-R7 given "
                             "in advance, while round 88 was written by others who never saw it; measured before it, after it and after rounds 89 to 91; "
                             "then a development set of round 92)"),
    (DRAFTING / "heldout65", "HELD-OUT 65 (tests/drafting/heldout65: texts of 2015 to 2025 in six other subjects "
                             "(the lottery; beggars and people wandering; poisoning by wild mushrooms, toads, pufferfish "
                             "and other natural toxins; beauty services; the Mid-Autumn Festival for children; hazardous "
                             "chemicals in business and storage) and one kind (plans giving figures: removing temporary "
                             "and dilapidated houses), annotated by seven people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 89 was written by others who never saw "
                             "it; measured before it, after it and after rounds 90 to 92; then a development set of round 93)"),
    (DRAFTING / "heldout66", "HELD-OUT 66 (tests/drafting/heldout66: texts of 2015 to 2026 in six other subjects "
                             "(the high-voltage grid's safety corridor; safety at beaches and bathing areas; the liquefied "
                             "petroleum gas trade; foreign non-governmental organisations and their aid; traceability and "
                             "the EU's deforestation rule; farmland left idle) and one kind (plans giving figures: the "
                             "school milk programme and digital literacy for all), annotated by seven people who never ran "
                             "the drafter, with the settled readings R1-R7 given in advance, while round 90 was written by "
                             "others who never saw it; measured before it, after it and after rounds 91 to 93; then a development set of round 94)"),
    (DRAFTING / "heldout67", "HELD-OUT 67 (tests/drafting/heldout67: texts of 2016 to 2026 in six other subjects "
                             "(drones and flycams; oil spills and marine pollution; adventure and outdoor tourism; safety "
                             "around airports; pupils' travel to school; urban and roadside trees) and one kind (plans "
                             "giving figures: foreign languages in schools), annotated by seven people who never ran the "
                             "drafter, with the settled readings R1-R7 given in advance, while round 91 was written by "
                             "others who never saw it; measured before it, after it and after rounds 92 to 94; then a "
                             "development set of round 95)"),
    (DRAFTING / "heldout68", "HELD-OUT 68 (tests/drafting/heldout68: texts of 2016 to 2025 in seven other subjects "
                             "(ride-hailing and technology-based transport; cattle and animals straying on roads; swimming "
                             "pools and water parks; junk SIM cards, spam and subscriber data; the harm of alcohol and "
                             "beer; heat waves and the hot season; marketplaces and their management) and one kind (plans "
                             "giving figures: school health), annotated by eight people who never ran the drafter, with "
                             "the settled readings R1-R7 given in advance, while round 92 was written by others who never "
                             "saw it; measured before it, after it and after rounds 93 to 95; then a development set of "
                             "round 96)"),
    (DRAFTING / "heldout69", "HELD-OUT 69 (tests/drafting/heldout69: texts of 2016 to 2026 in seven other subjects "
                             "(weapons, explosives and support tools handed in; rats and their control in farming; "
                             "earthquakes and their aftershocks; grassroots information and loudspeaker stations; livestock "
                             "farming in residential areas; the Tết tree-planting festival and tree planting campaigns; "
                             "home-made three- and four-wheeled vehicles and farm vehicles on roads) and one kind (plans "
                             "giving figures: mass sport and physical training), annotated by eight people who never ran "
                             "the drafter, with the settled readings R1-R7 given in advance, while round 93 was written by "
                             "others who never saw it; measured before it, after it and after rounds 94 to 96; then a "
                             "development set of round 97)"),
    (DRAFTING / "heldout70", "HELD-OUT 70 (tests/drafting/heldout70: texts of 2015 to 2025 in seven other subjects "
                             "(invasive alien species; the search for and reburial of martyrs' remains; the protection of "
                             "state secrets; manual brick kilns and unfired building materials; the people's comments on "
                             "the draft amended Constitution and draft laws; spontaneous migration and the settling of "
                             "migrants; traffic accident black spots and dangerous spots on roads) and one kind (plans "
                             "giving figures: child labour), annotated by eight people who never ran the drafter, with "
                             "the settled readings R1-R7 given in advance, while round 94 was written by others who never "
                             "saw it; measured before it, after it and after rounds 95 to 97)"),
    (DRAFTING / "heldout71", "HELD-OUT 71 (tests/drafting/heldout71: texts of 2015 to 2026 in seven other subjects "
                             "(adoption; cage and raft fish farming; lifts, boilers and other equipment under strict "
                             "safety requirements; vehicle registration and licence plates; the fight against money "
                             "laundering and the financing of terrorism; carbon monoxide poisoning and unsafe heating; "
                             "thunderstorms, whirlwinds, lightning and hail) and one kind (plans giving figures: mobile "
                             "coverage and broadband), annotated by eight people who never ran the drafter, with the "
                             "settled readings R1-R7 given in advance, while round 95 was written by others who never "
                             "saw it; measured before it, after it and after rounds 96 and 97)"),
    (DRAFTING / "heldout72", "HELD-OUT 72 (tests/drafting/heldout72: texts of 2016 to 2026 in five other subjects "
                             "(compensation, site clearance and resettlement for projects; removing temporary and "
                             "dilapidated houses; burning straw and crop residues in the open; workers going abroad "
                             "under contract; private kindergartens and independent childcare groups) and one kind "
                             "(plans giving figures: child nutrition and stunting), annotated by six people who never "
                             "ran the drafter, with the settled readings R1-R7 given in advance, while round 96 was "
                             "written by others who never saw it; measured before it, after it and after round 97)"),
    (DRAFTING / "heldout73", "HELD-OUT 73 (tests/drafting/heldout73: texts of 2017 to 2025 in three other subjects "
                             "(hydro-meteorological work and stations, forecasts and warnings; radiation safety and "
                             "radioactive sources; paying pensions, social-insurance and social-assistance benefits) and "
                             "one kind (plans giving figures: high-tech and organic agriculture), annotated by four people "
                             "who never ran the drafter, with the settled readings R1-R7 given in advance, while round 97 "
                             "was written by others who never saw it; measured before it and after it)"),
)

COLUMNS = ("document", "reviewed", "drafted", "found", "actors", "modality", "deadline", "dated", "targets",
           "silent a/m/d")


def row(name: str, s: Score) -> list[str]:
    return [name, str(s.reviewed), str(s.drafted), f"{s.found} ({percent(s.found, s.reviewed)})",
            percent(s.actors, s.found), percent(s.modalities, s.found), percent(s.deadlines, s.found),
            f"{percent(s.dated_right, s.dated)} of {s.dated}", f"{percent(s.targets_right, s.targets)} of {s.targets}",
            "/".join(str(s.silent[what]) for what in ("actors", "modality", "deadline")) + f" of {s.misreads}"]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows + [list(COLUMNS)]) for i in range(len(COLUMNS))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(COLUMNS, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    with use("vi"):  # the review marks are read in the language they are written in (measure.marked)
        return _measure("--details" in sys.argv[1:])


def _measure(details: bool) -> int:
    catalogue = load_catalogue()
    sources = SourceLibrary(catalogue.root)
    sets = {"TUNING (provincial seeds)": [], "NATIONAL TEXTS (held out in round 1; round 2 drew on QĐ 28's article titles)": [],
            **{title: [] for _folder, title in HELDOUT}}
    skipped = []
    for document in catalogue.encoded_documents():
        name = document.symbol or document.id
        if document.provenance.kind == ProvenanceKind.reconstructed:
            skipped.append(f"{name}: reconstructed, no text of the document exists")
            continue
        source = sources.get(document.provenance.source) if document.provenance.source else None
        if source is None or source.path is None:
            skipped.append(f"{name}: text not on this machine ({source.missing_reason if source else 'no source'})")
            continue
        draft = draft_text(source.text, catalogue, source=document.provenance.source)
        result = score(catalogue.obligations_of(document.id), draft["obligations"], catalogue.actors)
        label = name + (" [press summary]" if document.provenance.kind == ProvenanceKind.secondary_summary else
                        " [news report]" if document.provenance.kind == ProvenanceKind.news_report else "")
        key = "TUNING (provincial seeds)" if document.level == "provincial" else "NATIONAL TEXTS (held out in round 1; round 2 drew on QĐ 28's article titles)"
        sets[key].append((label, result))
    given: dict[str, tuple[int, Score]] = {}  # per set whose headers give some texts' issuer: that set so drafted
    for folder, title in HELDOUT:
        golds = sorted(folder.glob("*.gold.yaml"))
        texts = [gold.with_name(gold.name.removesuffix(".gold.yaml") + ".txt").read_text(encoding="utf-8")
                 for gold in golds]
        issuers = [given_issuer(text) for text in texts]
        for gold, text, issuer in zip(golds, texts, issuers):
            stem = gold.name.removesuffix(".gold.yaml")
            draft = draft_text(without_header(text), catalogue)
            label = stem.removesuffix(".news") + (" [news report]" if stem.endswith(".news") else "")
            result = score(read_gold(gold), draft["obligations"], catalogue.actors)
            sets[title].append((label, result))
            if any(issuers):  # the same set again, as an officer drafts it with draft --issuer
                count, with_issuer = given.get(title, (0, Score()))
                if issuer:
                    draft = draft_text(without_header(text), catalogue, issuer=issuer)
                    result = score(read_gold(gold), draft["obligations"], catalogue.actors)
                given[title] = (count + bool(issuer), with_issuer)
                with_issuer.add(result)
    for title, results in sets.items():  # the catalogue's keys are the document's own: say which document
        for label, result in results if not any(title == t for _f, t in HELDOUT) else ():
            result.missed = [f"{label} {key}" for key in result.missed]
            result.misread = [f"{label} {line}" for line in result.misread]
    for title, results in sets.items():
        print(f"{title}")
        total = Score()
        for _label, result in results:
            total.add(result)
        extra = []
        if title in given:
            count, with_issuer = given[title]
            extra = [row(f"all, with the issuer an officer gives (draft --issuer) for {count} texts", with_issuer)]
        print(table([row(label, result) for label, result in results] + [row("all", total)] + extra) if results
              else "(no text available)")
        if details and results:
            for line in [f"not found: {key}" for key in total.missed] + [f"misread: {m}" for m in total.misread]:
                print(f"  {line}")
        print()
    for line in skipped:
        print(f"skipped: {line}")
    print("found: reviewed obligations one of whose own quotes (not a heading several of them quote) the "
          "best-sharing drafted obligation covers for >= 60% (character 4-grams, accents and spaces ignored); actors (the same bodies; a class = the full list of its "
          "kinds), modality, deadline: share of the found read as the reviewed encoding reads them; dated: deadlines "
          "other than none; targets: reviewed targets of the found obligations drafted with the same value, "
          "comparator and period; silent a/m/d: misread actors, modalities, deadlines with no review mark on "
          "that reading, of all the found duties' misreads of the three.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
