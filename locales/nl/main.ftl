# WijkWijzer — Nederlands (standaardtaal). Elke sleutel staat ook in en/main.ftl.

## Opmaak en navigatie
skip-to-content = Naar de inhoud
nav-main-label = Hoofdmenu
nav-programmes = Wijkaanpakken
nav-users = Accounts
nav-site-history = Geschiedenis
nav-account = Mijn account
nav-login = Inloggen
nav-logout = Uitloggen
switch-language = English
logged-in-as = Ingelogd als { $name }
footer-about = WijkWijzer ondersteunt de wendbare wijkaanpak (Platform31): urgentie, coalitie, agenda, randvoorwaarden en uitvoeren. Open data: Bron: CBS / RIVM, CC BY 4.0.
footer-api = API-beschrijving (OpenAPI)
breadcrumb-label = Kruimelpad
back-home = Terug naar de startpagina
save = Opslaan
cancel = Annuleren
time-never = nooit
error-prefix = Fout:
error-summary-title = Controleer de volgende velden
pagination-label = Paginering
pagination-previous = Vorige pagina
pagination-next = Volgende pagina
pagination-status = Pagina { $page }

## Meldingen na een actie
notice-saved = De wijzigingen zijn opgeslagen.
notice-created = Aangemaakt.
notice-deleted = Verwijderd.
notice-password-changed = Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd.
notice-logged-out = U bent uitgelogd.
notice-logged-in = U bent ingelogd.
notice-member-saved = Het lid is opgeslagen.
notice-token-revoked = Het API-token is ingetrokken.

## Startpagina en gemeenten
home-title = Wijkaanpakken
home-intro = WijkWijzer helpt gemeente, corporaties, zorg, welzijn, politie, scholen en bewoners om samen een wijk vooruit te helpen: van de urgentie met harde en zachte gegevens tot de jaarlijkse voortgangsrapportage.
home-empty-title = Nog geen wijkaanpakken
home-empty-public = Er zijn nog geen openbare wijkaanpakken. Bent u betrokken bij een wijkaanpak? Log dan in.
home-empty-member = U bent nog geen lid van een wijkaanpak. Vraag de procesleider of sitebeheerder u toe te voegen.
municipality-heading = Gemeente { $name }
municipality-code = CBS-code { $code }
municipality-portfolio = Wijkaanpakken in deze gemeente
municipality-empty = Er zijn (nog) geen zichtbare wijkaanpakken in deze gemeente.
badge-unpublished = Niet openbaar

## Programma
programme-new = Nieuwe wijkaanpak
programme-new-intro = Leg de basis vast: naam, gemeente, gebieden en looptijd. Partners, agenda en cijfers volgen daarna.
programme-create-submit = Wijkaanpak aanmaken
programme-edit = Gegevens bewerken
programme-edit-title = { $name } bewerken
programme-period = Looptijd { $start }
programme-actions = Acties voor deze wijkaanpak
programme-publication = Openbaar maken
programme-delete = Wijkaanpak archiveren
programme-delete-title = { $name } archiveren?
programme-delete-text = De wijkaanpak verdwijnt uit alle overzichten en openbare pagina's. De geschiedenis blijft bewaard.
programme-delete-submit = Ja, archiveren
your-role = Uw rol: { $role }
field-name = Naam
field-user-id = Account
field-programme-name = Naam van de wijkaanpak
hint-programme-name = Bijvoorbeeld: Wijkaanpak Rotterdam Zuid.
field-municipality = Gemeente
field-municipality-code = CBS-gemeentecode
hint-municipality-code = GM gevolgd door vier cijfers, bijvoorbeeld GM0599 voor Rotterdam.
field-municipality-name = Naam van de gemeente
field-period = Looptijd
field-start-year = Startjaar
field-horizon-year = Horizonjaar
hint-horizon-year = Een generatie als horizon: kies een jaar ver genoeg weg, bijvoorbeeld twintig jaar na de start.
field-areas-legend = Gebieden
field-areas = Gebieden (één per regel)
hint-areas = Per regel een CBS-code (WK059910 of BU05991081), eventueel gevolgd door de naam. Alle gebieden liggen in de gekozen gemeente.
field-layout-year = Jaar van de gebiedsindeling
hint-layout-year = CBS past codes en grenzen elk jaar aan; vermeld het jaar waarin deze codes gelden.
field-description = Beschrijving
hint-description = Waarom deze wijkaanpak, en voor wie? Lege regel = nieuwe alinea.
steps-title = De vijf stappen
steps-intro = De stappen volgen niet strikt op elkaar: een wijkaanpak werkt er tegelijk aan.
areas-title = Gebieden
page-published = Openbaar
page-unpublished = Niet openbaar
publication-intro = Kies welke pagina's iedereen zonder account mag zien. Niets is openbaar tot u het hier aanzet.
publication-legend = Openbare pagina's

## Stappen
step-urgency-title = Urgentie
step-urgency-intro = De stand van de wijk met harde gegevens (statistieken) en zachte gegevens (verhalen van bewoners en professionals).
step-urgency-empty = Nog geen gebieden vastgelegd.
step-coalition-title = Coalitie
step-coalition-intro = Wie doet mee: gemeente, maatschappelijke organisaties, bewoners en ondernemers. Een coalitie is nooit af.
step-coalition-empty = Nog geen leden.
step-agenda-title = Agenda
step-agenda-intro = Gedeelde visie, doelen per opgave met indicatoren en streefwaarden, en maatregelen met financiering.
step-agenda-empty = Nog geen visie, doelen of maatregelen vastgelegd.
step-preconditions-title = Randvoorwaarden
step-preconditions-intro = Een periodieke peiling van de zeven randvoorwaarden, van urgentie tot middelen.
step-preconditions-empty = Nog geen peiling gehouden.
step-execution-title = Uitvoeren
step-execution-intro = Resultaten volgen (niet inspanningen), doelen bijstellen met reden, en jaarlijks rapporteren.
step-execution-empty = Nog geen metingen of voortgangsrapportages.
fact-areas = { $count ->
    [one] { $count } gebied
   *[other] { $count } gebieden
}
fact-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
fact-managers = { $count ->
    [one] { $count } procesleider (beheerder)
   *[other] { $count } procesleiders (beheerders)
}

## Pagina's die openbaar kunnen worden
page-overzicht = Overzicht (deze startpagina)
page-urgentie = Urgentie
page-coalitie = Coalitie
page-agenda = Agenda
page-randvoorwaarden = Randvoorwaarden
page-voortgang = Voortgang

## Gebiedsniveaus
level-land = land
level-gemeente = gemeente
level-wijk = wijk
level-buurt = buurt

## Leden en rollen
members-title = Leden
members-manage = Leden beheren
members-intro = Leden zien alles van deze wijkaanpak, ook wat niet openbaar is. Wat zij mogen wijzigen hangt af van hun rol.
members-empty = Deze wijkaanpak heeft nog geen leden.
member-add-title = Lid toevoegen of rol wijzigen
member-add-intro = Voer het e-mailadres in van een bestaand account. Heeft iemand nog geen account, vraag dan een sitebeheerder er een aan te maken.
member-add-submit = Opslaan
member-remove-link = { $name } verwijderen
member-remove-title = { $name } verwijderen als lid?
member-remove-text = Deze persoon kan daarna niets meer zien of wijzigen van { $programme } dat niet openbaar is.
member-remove-submit = Ja, verwijderen
field-role = Rol
role-beheerder = Beheerder
role-partner = Partner
role-lezer = Lezer
role-beheerder-explained = procesleider: beheert de wijkaanpak, leden en publicatie
role-partner-explained = werkt bij wat de eigen partij bezit
role-lezer-explained = leest alles, wijzigt niets
role-site-admin = Sitebeheerder
role-account = Account

## Geschiedenis
history-link = Geschiedenis
history-programme-title = Geschiedenis van { $name }
history-site-title = Geschiedenis van de hele site
history-intro = Elke wijziging wordt vastgelegd: wie, wanneer, wat, en wat het was en werd.
history-empty = Nog geen wijzigingen.
col-when = Wanneer
col-who = Wie
col-what = Wat
col-changes = Wijzigingen
audit-user-create = Account aangemaakt
audit-user-update = Account gewijzigd
audit-user-password = Wachtwoord gewijzigd
audit-api_token-create = API-token aangemaakt
audit-api_token-revoke = API-token ingetrokken
audit-programme-create = Wijkaanpak aangemaakt
audit-programme-update = Wijkaanpak gewijzigd
audit-programme-delete = Wijkaanpak gearchiveerd
audit-programme-publish = Publicatie gewijzigd
audit-membership-create = Lid toegevoegd
audit-membership-update = Rol gewijzigd
audit-membership-delete = Lid verwijderd

## Tabellen
col-code = Code
col-name = Naam
col-level = Niveau
col-layout-year = Indelingsjaar
col-since = Lid sinds
col-status = Status
col-created = Aangemaakt
col-last-used = Laatst gebruikt
col-actions = Acties

## Inloggen en account
login-title = Inloggen
login-submit = Inloggen
login-failed = Het e-mailadres of het wachtwoord klopt niet.
login-too-many = Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.
field-email = E-mailadres
field-password = Wachtwoord
field-display-name = Naam
hint-display-name = Zoals collega's en partners u kennen. Leeg: het deel van het e-mailadres voor de @.
account-title = Mijn account
account-site-role = Rechten
password-change-title = Wachtwoord wijzigen
password-change-submit = Wachtwoord wijzigen
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Herhaal het nieuwe wachtwoord
hint-password = Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
tokens-title = API-tokens
tokens-intro = Met een API-token kunnen scripts de WijkWijzer-API gebruiken namens u (kop: Authorization: Bearer …).
tokens-empty = U heeft nog geen API-tokens.
field-token-name = Naam van het token
hint-token-name = Waarvoor gebruikt u het? Bijvoorbeeld: importscript CBS.
token-create = Token aanmaken
token-created-once = Kopieer dit token nu: het wordt niet opnieuw getoond.
token-revoke = { $name } intrekken
token-revoked = Ingetrokken

## Accountbeheer
users-title = Accounts
users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
user-new = Nieuw account
user-create-submit = Account aanmaken
user-rights = Rechten
user-active = Actief
user-blocked = Geblokkeerd
field-initial-password = Eerste wachtwoord
field-is-admin = Sitebeheerder (maakt wijkaanpakken en accounts aan)
field-disabled = Geblokkeerd (kan niet meer inloggen)
field-reset-password = Nieuw wachtwoord instellen
hint-reset-password = Leeg laten om het wachtwoord te houden. Een nieuw wachtwoord logt alle sessies van dit account uit.

## Foutmeldingen bij velden
error-required = Dit veld is verplicht.
error-too-long = Gebruik hoogstens { $max } tekens.
error-email-invalid = Vul een geldig e-mailadres in, zoals naam@gemeente.nl.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-password-short = Het wachtwoord moet minstens 12 tekens hebben.
error-password-long = Het wachtwoord mag hoogstens 256 tekens hebben.
error-password-mismatch = De twee nieuwe wachtwoorden zijn niet gelijk.
error-password-wrong = Het huidige wachtwoord klopt niet.
error-year = Vul een jaartal in tussen 1990 en 2100.
error-horizon-before-start = Het horizonjaar moet na het startjaar liggen.
error-municipality-code = Een gemeentecode is GM gevolgd door vier cijfers, zoals GM0599.
error-area-code = Een CBS-code is GM0000, WK000000 of BU00000000.
error-area-line-code = Regel { $line }: '{ $code }' is geen CBS-code (GM0000, WK000000 of BU00000000).
error-area-line-municipality = Regel { $line }: { $code } ligt niet in gemeente { $municipality }.
error-area-line-duplicate = Regel { $line }: { $code } staat er al.
error-area-line-name = Regel { $line }: de naam is langer dan 120 tekens.
error-areas-required = Vul minstens één gebied in.
error-areas-too-many = Gebruik hoogstens { $max } gebieden.
error-role = Kies een rol: beheerder, partner of lezer.
error-user-unknown = Er is geen actief account met dit e-mailadres.
error-self-lockout = U kunt uzelf geen beheerrechten afnemen of blokkeren.

## Foutpagina's
error-status = Foutcode { $status }
error-validation-title = De invoer klopt niet
error-validation-text = Een of meer velden zijn niet goed ingevuld.
error-not-found-title = Pagina niet gevonden
error-not-found-text = Deze pagina bestaat niet (meer), of is niet openbaar.
error-forbidden-title = Geen toegang
error-forbidden-text = U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina of actie.
error-unauthorised-title = Inloggen nodig
error-unauthorised-text = Log in om deze pagina te zien.
error-csrf-title = Verzoek geweigerd
error-csrf-text = Dit verzoek kwam niet van een formulier van WijkWijzer zelf, of het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-conflict-title = Bestaat al
error-conflict-text = Dit bestaat al. Kies een andere waarde.
error-too-large-title = Bestand te groot
error-too-large-text = Wat u verstuurde is groter dan 64 MB, de grens voor één import. Verdeel de bestanden over meer imports of importeer grote tabellen met wijkwijzer import.
error-too-many-title = Te veel pogingen
error-too-many-text = Probeer het over een kwartier opnieuw.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable-text = De database antwoordt niet. Probeer het over enkele minuten opnieuw.
error-internal-title = Er ging iets mis
error-internal-text = Er ging aan onze kant iets mis. De fout is vastgelegd; probeer het later opnieuw.

## Opdrachtregel
cli-listening = WijkWijzer luistert op { $url }
cli-migrated = Database bijgewerkt: { $url }
cli-demo-data = Demogegevens in map { $dir }
cli-demo-loaded = { $count } demo-wijkaanpakken geladen (echte CBS-gebiedscodes, indeling 2024).
cli-demo-statistics = { $tables } echte bestanden van CBS en RIVM geïmporteerd ({ $values } waarden, { $seconds } s). Bron: CBS / RIVM, CC BY 4.0.
cli-demo-no-data = Geen map data/ gevonden: de demo draait zonder statistieken (zet WIJKWIJZER_DEMO_DATA op de map data/ van de broncode).
cli-error-demo-data = de demogegevens zijn niet te laden: { $detail }
cli-admin-created = Beheerder aangemaakt. Inloggen met e-mailadres { $email } en wachtwoord { $password } (wordt maar één keer getoond).
cli-admin-env = Beheerder: { $email } (wachtwoord uit WIJKWIJZER_ADMIN_PASSWORD).
cli-admin-existing = Beheerder: { $email } (het wachtwoord is bij de eerste start getoond; nieuw wachtwoord: echo 'nieuw wachtwoord' | wijkwijzer user passwd --data-dir { $dir } --email { $email }).
cli-user-added = Account { $email } aangemaakt (id { $id }).
cli-password-set = Wachtwoord van { $email } gewijzigd; alle sessies zijn beëindigd.
cli-error-scheme = onbekend databaseschema '{ $scheme }': gebruik sqlite://PAD of postgres://GEBRUIKER@HOST/DATABASE
cli-error-unreachable = kan de database { $url } niet bereiken: { $detail }
cli-error-migration = bijwerken van de database mislukt: { $detail }
cli-error-database = databasefout: { $detail }
cli-error-config = configuratie onleesbaar: { $detail }
cli-error-port-in-use = adres { $addr } is al in gebruik; kies een andere poort met --bind
cli-error-bind = kan niet luisteren op { $addr }: { $detail }
cli-error-password = wachtwoord geweigerd: { $reason }
cli-error-email = e-mailadres '{ $email }' geweigerd: { $reason }
cli-error-no-user = er is geen account met e-mailadres { $email }
cli-error-user-exists = er bestaat al een account met e-mailadres { $email }
cli-error-user-invalid = account geweigerd: { $reasons }

## Import van statistieken
cli-import-summary = { $file }: tabel { $table }, { $areas } gebieden, { $indicators } indicatoren, periode(n) { $periods }, { $values } waarden, waarvan { $missing } zonder cijfer.
cli-import-refused = Niets geïmporteerd: { $count } bestand(en) geweigerd.
import-error-no-data-files = geen gegevensbestanden: alleen metadata (DataProperties, TableInfos) opgegeven
cli-error-period = periode '{ $period }' niet begrepen: gebruik bijvoorbeeld 2024, 2024-Q3 of 2024-07
import-error-gzip = { $file }: geen leesbaar gzip-bestand ({ $detail })
import-error-read = { $file }: bestand niet te lezen ({ $detail })
import-error-format = { $file }: onbekend formaat; verwacht StatLine-JSON, StatLine-xlsx of een lijst Identifier,Title
import-error-json = { $file }: geen geldige JSON ({ $detail })
import-error-xlsx = { $file }: geen leesbaar xlsx-bestand ({ $detail })
import-error-csv = { $file }: CSV niet te lezen ({ $detail })
import-error-no-region = { $file }: geen kolom met gebiedscodes (verwacht een van: { $detail })
import-error-no-indicators = { $file }: geen kolommen met cijfers gevonden
import-error-no-period = { $file }: het bestand noemt geen periode; geef die op met --period of met een TableInfos-bestand
import-error-no-rows = { $file }: geen gegevensrijen
import-error-record = { $file }, rij { $row }: geen record
import-error-empty-key = { $file }, rij { $row }, kolom { $column }: leeg, maar hier is een waarde nodig
import-error-area-code = { $file }, rij { $row }, kolom { $column }: '{ $value }' is geen CBS-gebiedscode
import-error-period = { $file }, rij { $row }, kolom { $column }: '{ $value }' is geen StatLine-periode
import-error-value = { $file }, rij { $row }, kolom { $column }: '{ $value }' is geen getal en geen CBS-teken (. x - ?)
import-error-duplicate = { $file }, rij { $row }: { $value } staat voor periode { $detail } al eerder in het bestand, met andere cijfers
import-error-encoding = { $file }: geen UTF-8-tekst ({ $detail })
import-error-row = { $file }, rij { $row }: deze regel is geen gegevensrij, kop of voetnoot: '{ $value }'
import-error-dbf = { $file }: geen leesbaar dBase-bestand ({ $detail })
cli-import-boundaries = { $file }: grenzen van { $count } gebieden (gebiedsindeling { $year }), { $missing } zonder bruikbare vorm.
import-error-geo-code = { $file }, object { $row }: geen gebiedscode (verwacht een van de eigenschappen { $detail })
import-error-geo-layout-year = { $file }: een grenzenbestand noemt zijn gebiedsindeling niet; geef die op met --layout-year (of in het formulier)
import-error-geo-type = { $file }, object { $row }: { $value } is geen vlak (verwacht Polygon of MultiPolygon)
import-error-geo-point = { $file }, object { $row }: punt { $value } ligt niet in Nederland (RD New of WGS84 verwacht)
import-error-topojson = { $file }: geen geldige TopoJSON ({ $detail })
cli-import-names = { $file }: namen van { $areas } gebieden (gebiedsindeling { $year }).
audit-statistics-import = Statistieken geïmporteerd
audit-indicator-classify = Indicator ingedeeld
audit-story-create = Verhaal vastgelegd
audit-story-update = Verhaal gewijzigd
audit-story-delete = Verhaal verwijderd
audit-dossier-update = Stand van de wijk gewijzigd
error-level = Kies land, gemeente, wijk of buurt.
error-period = Geef een periode zoals 2020, 2020-Q3 of 2020-07.
field-level = Niveau
cli-import-reading = { $file } lezen…
nav-indicators = Indicatoren
indicators-title = Indicatoren indelen
indicators-intro = Per geïmporteerde kolom: bij welke opgave hij hoort, of een hogere waarde slechter of beter is, en of de urgentiescan hem gebruikt. Kolommen over de samenstelling van de bevolking zijn alleen context en tellen nooit mee in een score.
indicators-empty = Er zijn nog geen statistieken geïmporteerd. Importeer een tabel met wijkwijzer import.
indicators-count = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicatoren
}
indicators-periods = Perioden: { $periods }
indicator-composition = Bevolkingssamenstelling: alleen context, nooit in een score
indicator-save = Opslaan: { $name }
field-theme = Opgave
field-polarity = Richting
field-in-scan = Telt mee in de urgentiescan
error-theme = Kies een van de opgaven.
error-polarity = Kies hoger is slechter, hoger is beter of neutraal.
theme-wonen = Wonen
theme-werk = Werk en bestaanszekerheid
theme-onderwijs = Onderwijs en opvoeding
theme-veiligheid = Veiligheid
theme-gezondheid = Gezondheid, zorg en hulpverlening
theme-samenleven = Samenleven
theme-leefomgeving = Leefomgeving en openbare ruimte
theme-duurzaamheid = Duurzaamheid
theme-context = Context (geen oordeel)
polarity-hoger-slechter = Hoger is slechter
polarity-hoger-beter = Hoger is beter
polarity-neutraal = Neutraal

## Gebieden en het wijkprofiel
nav-areas = Gebieden
areas-intro = Open cijfers van CBS en RIVM per gemeente, wijk en buurt. Zoek een gebied of kies een gemeente; bij elk gebied staan de cijfers naast die van de gemeente en Nederland.
field-area-query = Naam of code
areas-search-hint = Bijvoorbeeld Bloemhof, Feijenoord of BU05991081.
areas-search = Zoeken
areas-search-too-short = Typ minstens twee tekens.
areas-results = { $count ->
    [one] 1 gebied gevonden
   *[other] { $count } gebieden gevonden
}
areas-no-results = Geen gebied gevonden voor ‘{ $name }’. Controleer de spelling of zoek op de CBS-code.
areas-country = Nederland als geheel
areas-empty = Er zijn nog geen gebieden geïmporteerd. Een beheerder importeert tabellen van CBS of RIVM met wijkwijzer import.
areas-children-gemeente = Gemeenten
areas-children-wijk = Wijken
areas-children-buurt = Buurten
area-in-municipality = gemeente { $name }
area-code = code { $code }
area-no-figures = Voor dit gebied zijn nog geen cijfers geïmporteerd.
area-intro = { $count ->
    [one] 1 cijfer, per thema, naast de gemeente en Nederland.
   *[other] { $count } cijfers, per thema, naast de gemeente en Nederland.
}
area-download = Download wat deze pagina toont:
area-download-csv = CSV
area-download-json = JSON
area-themes-label = Thema’s op deze pagina
area-country = Nederland
area-trend-table = Ontwikkeling als tabel
area-period = Periode
figure-missing = geen gegevens
figure-points = procentpunt
figure-not-measured = niet gemeten
figure-difference-country = Verschil met Nederland
figure-difference-municipality = Verschil met de gemeente
judgement-better = gunstiger
judgement-worse = ongunstiger
judgement-same = gelijk
figure-source = Bron: { $source } { $period }
figure-layout = gebiedsindeling { $year }
figure-chart-title = { $title }: ontwikkeling { $start }–{ $end }

## Statistieken importeren (beheer)
nav-import = Importeren
notice-imported = De bestanden zijn geïmporteerd. Hieronder staat wat er is opgeslagen.
imports-title = Statistieken importeren
imports-intro = Geef tabellen van CBS of RIVM StatLine precies zoals u ze downloadde: StatLine-JSON, CSV met statistische symbolen, xlsx, KWB, CBS-maatwerk, codelijsten (ook als .gz). Een DataProperties- en TableInfos-bestand mogen mee. Alle bestanden worden eerst gelezen en gecontroleerd; één onleesbare waarde en er wordt niets opgeslagen.
field-bestanden = Bestanden
imports-files-hint = Eén of meer bestanden, samen hoogstens { $max } MB.
field-tabel = Tabelnaam
imports-table-hint = Alleen nodig als het bestand het niet zelf noemt, bijvoorbeeld 50090NED. Letters, cijfers, - en _.
field-periode = Periode
imports-period-hint = Alleen nodig als het bestand geen periode heeft: 2024, 2024-Q3 of 2024-07.
field-indeling = Jaar van de gebiedsindeling
imports-layout-hint = Standaard: uit de DataProperties, anders het jaar van de periode.
imports-submit = Importeren
imports-history = Eerdere imports
imports-empty = Er is nog niets geïmporteerd.
imports-col-when = Wanneer
imports-col-file = Bestand
imports-col-table = Tabel
imports-col-periods = Periode(n)
imports-col-areas = Gebieden
imports-col-values = Waarden
imports-col-missing = Zonder cijfer
imports-col-who = Door
imports-attribution = Cijfers van CBS en RIVM worden getoond met de bron: Bron: CBS / RIVM, CC BY 4.0.
import-form-no-files = Kies ten minste één bestand.
import-form-unreadable = De upload is niet goed aangekomen; probeer het opnieuw.
import-form-table = Gebruik alleen letters, cijfers, - en _ (hoogstens 40 tekens).
import-form-period = Schrijf de periode als 2024, 2024-Q3 of 2024-07.
import-form-layout-year = Vul een jaartal in tussen 1990 en 2100.
import-form-refused = Niets geïmporteerd: { $detail }

## Urgentiescan
scan-class-1 = zeer urgent
scan-class-2 = urgent
scan-class-3 = ruim verhoogd
scan-class-4 = verhoogd
scan-class-5 = gemiddeld
scan-class-6 = iets gunstiger
scan-class-7 = gunstiger
scan-class-8 = ruim gunstiger
scan-class-9 = geen urgentie
scan-no-class = te weinig cijfers
cli-error-scan-level = onbekend niveau '{ $value }': kies buurt, wijk of gemeente
cli-error-scan-reference = onbekende vergelijking '{ $value }': kies nl of municipality
cli-error-scan-weights = gewicht '{ $value }' niet te lezen: schrijf thema=getal, bijvoorbeeld gezondheid=2,werk=1
cli-error-scan-municipality = '{ $value }' is geen CBS-gemeentecode (zoals GM0599)
cli-error-scan-format = onbekend formaat '{ $value }': kies json, csv of table
cli-error-scan-empty = geen cijfers voor de scan in { $year }: importeer eerst tabellen met indicatoren van de scan voor dat jaar

nav-scan = Urgentiescan
scan-title = Urgentiescan
scan-intro = Welke buurten of wijken hebben extra gebiedsgerichte inzet nodig, en waarom? Elke score is na te rekenen: per buurt staan de cijfers die hem het meest omhoog duwen.
scan-method-link = Zo werkt de scan.
field-gemeente = Gemeente
scan-gemeente-hint = CBS-code zoals GM0599; leeg = heel Nederland.
field-niveau = Niveau
scan-level-buurt = Buurten
scan-level-wijk = Wijken
scan-level-gemeente = Gemeenten
field-referentie = Vergelijken met
scan-reference-nl = Nederland
scan-reference-gemeente = de eigen gemeente
field-thema = Opgave
scan-all-themes = Alle opgaven
field-gewichten = Gewichten per opgave
scan-weights-hint = Bijvoorbeeld gezondheid=2,werk=1. Niet genoemd = 1; 0 laat een opgave weg.
scan-submit = Scan tonen
scan-empty = Er zijn nog geen cijfers voor de scan geïmporteerd. Een beheerder importeert bijvoorbeeld de RIVM-tabel 50090NED.
scan-summary = { $count ->
    [one] 1 gebied met een score.
   *[other] { $count } gebieden met een score.
}
scan-summary-indicators = { $count ->
    [one] De scan gebruikt 1 indicator.
   *[other] De scan gebruikt { $count } indicatoren.
}
scan-no-rows = Geen gebieden met een score voor deze keuze.
scan-col-rank = Rang
scan-col-area = Gebied
scan-col-score = Score
scan-col-class = Klasse
scan-col-reasons = Wat de score het meest omhoog duwt
scan-col-indicator = Indicator
scan-col-source = Tabel
scan-flag-national = vergeleken met Nederland: te weinig gebieden in de gemeente
scan-flag-suppressed = niet alle cijfers bekend
scan-unscored-title = Zonder score: te weinig cijfers
scan-unscored-intro = Voor deze gebieden zijn te veel cijfers onderdrukt of niet gemeten (meestal kleine buurten). Ze krijgen geen score, zodat toeval ze niet bovenaan zet.
error-scan-level = Kies buurt, wijk of gemeente.
error-scan-period = Kies een jaar waarvoor cijfers zijn geïmporteerd.
error-scan-reference = Kies Nederland of de eigen gemeente.
error-scan-weights = Schrijf gewichten als opgave=getal, bijvoorbeeld gezondheid=2,werk=1.
scan-method-title = Zo werkt de urgentiescan
scan-method-intro = De scan vergelijkt elk gebied met een referentie (alle gebieden van hetzelfde niveau in Nederland, of in de eigen gemeente) op indicatoren die omstandigheden beschrijven. Iedereen kan een score met deze pagina en de gedownloade cijfers narekenen.
scan-method-steps = De stappen
scan-method-step-z = Per indicator: z = (waarde − mediaan van de referentie) / spreiding, met als spreiding 1,4826 × de mediane absolute afwijking (een robuuste standaardafwijking). Is een hogere waarde gunstig, dan keert het teken om. z wordt afgekapt op ±{ $max }, zodat één uitschieter niet alles bepaalt.
scan-method-step-theme = Per opgave: het gemiddelde van de z-waarden van haar indicatoren.
scan-method-step-score = Urgentiescore: het gewogen gemiddelde van de opgavescores (standaard weegt elke opgave 1), vermenigvuldigd met de dekking: het deel van de indicatoren waarvoor het gebied een cijfer heeft. Ontbrekende of onderdrukte cijfers trekken een score zo naar het gemiddelde, in plaats van een kleine buurt door toeval bovenaan te zetten. Onder { $value } dekking krijgt een gebied geen score.
scan-method-step-reference = Een referentie telt alleen met ten minste { $count } gebieden met een cijfer; heeft een gemeente er te weinig, dan wordt met Nederland vergeleken (en dat staat erbij).
scan-method-step-rank = Rang 1 is de hoogste score. De bijdrage van een indicator is zijn deel van de score; alle bijdragen samen zijn de score.
scan-method-classes = De negen klassen
scan-method-indicators = De indicatoren
scan-method-choice = De scan beschrijft omstandigheden, geen mensen. Kolommen over de samenstelling van de bevolking (migratieachtergrond, herkomst, religie) zijn alleen context en kunnen nooit meetellen; de database dwingt dat af. Gedrag dat per cultuur verschilt in plaats van naar nood (roken, drinken, sporten, vrijwilligerswerk) telt evenmin mee. Wat overblijft: moeite met rondkomen en inkomen, ervaren gezondheid en beperkingen, psychische gezondheid, eenzaamheid, regie over het eigen leven, geluidsoverlast en opleidingsniveau. Van een indicator met meer varianten (leeftijdsgroepen) telt de eerste: voor 50090NED 18 jaar en ouder. Een beheerder kan de keuze per indicator aanpassen op de pagina Indicatoren.
scan-method-reproduce = Zelf narekenen
scan-method-reproduce-text = De download (CSV of JSON) geeft per gebied de score, de klasse, de opgavescores en per indicator de waarde, de mediaan van de referentie, de spreiding, z en het aandeel in de score.
scan-map-title = Kaart van de urgentiescan
scan-map-caption = Kleur per klasse; de tabel hieronder geeft dezelfde uitkomst. Grenzen: CBS/Kadaster (PDOK), CC BY 4.0, van de gebiedsindeling die het dichtst bij het jaar van de cijfers ligt.
scan-map-missing = { $count ->
    [one] 1 gebied heeft geen grens op de kaart:
   *[other] { $count } gebieden hebben geen grens op de kaart:
}
scan-map-choose = Kies een gemeente om de kaart te zien.

## Stap 1: verhalen (zachte gegevens)
notice-story-saved = Het verhaal is opgeslagen.
fact-stories = { $count ->
    [one] { $count } verhaal
   *[other] { $count } verhalen
}
stories-title = Verhalen
stories-intro = Wat bewoners, professionals en ondernemers vertellen over de wijk, naast de cijfers. Een verhaal blijft binnen het programma, tenzij de verteller toestemming gaf om het te publiceren. Noem geen namen: alleen een rol, zoals "bewoner" of "wijkagent".
stories-empty = Nog geen verhalen vastgelegd.
story-new = Verhaal vastleggen
story-edit = Verhaal bewerken
story-edit-link = Bewerk het verhaal van { $role }
story-delete-link = Verwijder het verhaal van { $role }
story-delete-title = Verhaal van { $role } ({ $date }) verwijderen?
story-delete-text = Het verhaal verdwijnt uit het programma, het profiel en het dossier. De tekst blijft alleen zichtbaar in de geschiedenis van het programma, voor beheerders.
story-delete-submit = Verhaal verwijderen
story-form-intro = Leg vast wat u hoort, in de woorden van de verteller. Vul alleen een rol in, geen naam of adres.
story-save-new = Verhaal opslaan
story-source-bewoner = bewoner
story-source-professional = professional
story-source-ondernemer = ondernemer
story-area-whole = Het hele gebied van het programma
story-private = Niet openbaar: alleen voor het programma
story-consent-label = De verteller geeft toestemming om dit verhaal te publiceren
story-no-indicators = Er zijn nog geen cijfers geïmporteerd om aan te koppelen.
stories-on-profile = Verhalen
field-text = Verhaal
field-source = Wie vertelt
field-role-story = Rol van de verteller
field-told-on = Datum
field-area = Gebied
field-themes = Thema's
field-indicators = Cijfers waar het verhaal over gaat (niet verplicht)
field-consent = Publicatie
hint-story-text = Een lege regel begint een nieuwe alinea.
hint-story-role = Bijvoorbeeld "bewoner", "wijkagent" of "eigenaar van een winkel". Geen naam.
hint-date = Bijvoorbeeld 12-03-2026.
hint-story-indicators = Het verhaal komt naast deze cijfers te staan op het profiel en in het dossier.
hint-consent = Zonder toestemming blijft het verhaal zichtbaar voor leden van het programma alleen.
error-story-area = Kies een gebied van dit programma.
error-story-themes = Kies minstens één thema.
error-choose-one = Kies een van de mogelijkheden.
error-choose-from-list = Kies uit de lijst.
error-date = Vul een bestaande datum in, zoals 12-03-2026.
error-date-future = Deze datum ligt in de toekomst.

## Stap 1: Stand van de wijk
dossier-title = Stand van de wijk
dossier-link = Stand van de wijk (dossier)
dossier-updated = bijgewerkt { $when }
dossier-unpublished = Nog niet openbaar: publiceer de pagina Urgentie om het dossier te delen.
dossier-print = Afdrukken
dossier-edit = Dossier bewerken
dossier-trigger = Aanleiding
dossier-trigger-empty = De aanleiding is nog niet beschreven.
dossier-position = Positie in de urgentiescan
dossier-position-empty = Er zijn nog geen cijfers voor de scan, of de gebieden van het programma komen er niet in voor.
dossier-position-intro = Cijfers van { $year }.
dossier-reference-nl = Vergeleken met alle gebieden van hetzelfde niveau in Nederland.
dossier-reference-gemeente = Vergeleken met de gebieden van hetzelfde niveau in de eigen gemeente.
dossier-weights = Gewichten van de thema's in deze scan:
dossier-col-reasons = Wat de score het meest verhoogt
dossier-reason = { $title }: { $value } (referentie { $reference }; { $share }% van de score)
dossier-rank = { $rank } van { $of } { $level }
dossier-level-buurt = buurten
dossier-level-wijk = wijken
dossier-level-gemeente = gemeenten
dossier-scan-link = Bekijk de scan met deze gewichten
dossier-area-profile = Volledig profiel van { $name }
dossier-area-no-figures = Voor dit gebied zijn geen cijfers geïmporteerd.
dossier-area-nothing-worse = Geen cijfers die ongunstiger zijn dan de vergelijking, en nog geen verhalen.
dossier-general-stories = Verhalen over het hele gebied
dossier-justification = Onderbouwing van de coalitie
dossier-justification-empty = De coalitie heeft haar onderbouwing nog niet geschreven.
dossier-form-intro = Leg vast waarom de coalitie in deze wijk aan de slag gaat. Cijfers, scanpositie en verhalen komen er vanzelf bij.
field-trigger = Soort aanleiding
field-trigger-date = Datum van de aanleiding
field-trigger-description = Beschrijving van de aanleiding
field-weights = Gewichten in de urgentiescan
field-reference = Vergelijken met
field-justification = Onderbouwing
hint-trigger-description = Wat gebeurde er, wie bracht het in?
hint-weights = Hoe zwaar elk thema telt in de score van dit programma: 0 tot 10, standaard 1. Bijvoorbeeld 2 voor gezondheid als dat de opgave is.
hint-justification = Waarom deze wijk, waarom nu, en waarom deze aanpak. Een lege regel begint een nieuwe alinea.
trigger-none = Nog niet bekend
trigger-bewoners = Signalen van bewoners
trigger-gemeenteraad = Vraag van de gemeenteraad
trigger-incident = Incident
trigger-initiatief = Positief initiatief
error-trigger-description = Beschrijf de aanleiding.
error-weight = Een gewicht is een getal van 0 tot 10, zoals 1 of 0,5.
error-weights-all-zero = Minstens één thema moet meetellen.
scan-flag-too-few = te weinig cijfers

## Kaart van één cijfer
map-title = Kaart
figure-map-link = { $title } op de kaart
map-empty = Geen cijfers van dit niveau in deze gemeente voor deze periode.
map-no-boundaries = Er zijn geen grenzen geïmporteerd voor deze gebieden; de tabel hieronder geeft alle cijfers.
map-caption = Vijf klassen met ongeveer evenveel gebieden.
map-polarity-higher-worse = Rood is ongunstiger (hoger), blauw gunstiger.
map-polarity-higher-better = Rood is ongunstiger (lager), blauw gunstiger.
map-polarity-neutral = Donkerder is hoger; dit cijfer is niet beter of slechter.
map-current = Dikke rand: { $name }.
map-table-caption = Alle gebieden, hoogste eerst
map-col-class = Klasse

## Stap 2: de coalitie
coalition-title = Coalitie
coalition-intro = Wie doet mee aan deze wijkaanpak: de gemeente, maatschappelijke organisaties, bewoners en ondernemers. Een coalitie is nooit af: partijen sluiten aan en vertrekken, en wie vertrok blijft in de geschiedenis staan.
coalition-unpublished = Nog niet openbaar: publiceer de pagina Coalitie om haar te delen.
coalition-now = Doet nu mee
coalition-type-empty = Geen partij van dit type.
coalition-former = Deed eerder mee
coalition-timeline = Tijdlijn
coalition-timeline-empty = Nog geen partijen vastgelegd.
timeline-joined = { $party } sloot aan
timeline-left = { $party } vertrok
signals-title = Let op
signal-empty = Er doet nog geen enkele partij mee.
signal-no-residents = Er doen geen bewoners of bewonersorganisatie mee.
signal-type-missing-overheid = De gemeente doet niet mee.
signal-type-missing-maatschappelijk = Er doen geen maatschappelijke organisaties mee.
party-type-overheid = Gemeente en Rijk
party-type-maatschappelijk = Maatschappelijke organisaties
party-type-bewoners = Bewoners
party-type-ondernemers = Ondernemers
party-kind-gemeente = gemeente
party-kind-woningcorporatie = woningcorporatie
party-kind-zorg = zorg
party-kind-welzijn = welzijn
party-kind-politie = politie
party-kind-openbaar-ministerie = Openbaar Ministerie
party-kind-onderwijs = onderwijs
party-kind-sport = sport
party-kind-cultuur = cultuur
party-kind-ondernemers = werkgevers en ondernemers
party-kind-bewoners = bewoners of bewonersorganisatie
party-kind-rijk = Rijk
party-kind-overig = anders
party-since = sinds { $date }
party-new = Partij toevoegen
party-edit = Partij bewerken
party-edit-title = { $name } bewerken
party-create-submit = Partij toevoegen
party-current = doet mee
party-former = doet niet meer mee
party-leave = Vertrek vastleggen
party-rejoin = Weer laten aansluiten
party-leave-title = Vertrek van { $name }
party-rejoin-title = { $name } sluit weer aan
party-leave-intro = De partij blijft in de geschiedenis van de coalitie staan, met de reden van vertrek.
party-rejoin-intro = Een nieuwe periode van deelname begint op deze datum.
party-leave-submit = Vertrek vastleggen
party-rejoin-submit = Aansluiting vastleggen
party-periods = Deelname
party-still = nog steeds
party-left-because = vertrokken: { $reason }
party-contacts = Contactpersonen
party-contacts-private = Alleen zichtbaar voor leden van het programma.
party-contacts-empty = Nog geen contactpersonen.
party-accounts = Accounts die namens deze partij werken
party-accounts-intro = Leden van het programma die namens deze partij de maatregelen van de partij bijwerken.
party-accounts-empty = Nog geen accounts gekoppeld.
party-account-link = Koppelen
party-account-unlink = Ontkoppel { $email }
contact-add-title = Contactpersoon toevoegen
contact-add-submit = Contactpersoon toevoegen
contact-remove-link = Verwijder { $name }
contact-remove-title = { $name } verwijderen als contactpersoon van { $party }?
contact-remove-text = De contactgegevens verdwijnen uit het programma.
contact-remove-submit = Contactpersoon verwijderen
stale-title = Iemand anders heeft dit intussen gewijzigd
stale-text = Sinds u dit formulier opende, heeft iemand anders de partij opgeslagen. Hieronder staat de huidige versie; uw invoer staat in het formulier. Controleer en sla opnieuw op om uw versie te bewaren.
stale-move-text = Sinds u dit formulier opende, is de deelname van deze partij gewijzigd. Controleer de huidige stand en sla opnieuw op.
choose = Kies…
col-joined = Sloot aan
col-left = Vertrok
col-note = Toelichting
field-kind = Soort partij
field-party-name = Naam van de partij
field-joined-on = Sloot aan op
field-joined-note = Toelichting bij aansluiten
field-date = Datum
field-reason = Reden
field-leave-reason = Reden van vertrek
field-contact-name = Naam
field-contact-role = Functie
field-contact-email = E-mailadres
field-account = Account
hint-party-name = Bijvoorbeeld "Woonstad Rotterdam" of "Bewonersorganisatie Bloemhof".
hint-party-description = Wat de partij inbrengt. Een lege regel begint een nieuwe alinea.
hint-joined-note = Bijvoorbeeld "ondertekende de wijkdeal".
hint-leave-reason = Bijvoorbeeld "fusie met een andere organisatie" of "opdracht afgerond".
hint-contact-role = Bijvoorbeeld "wijkregisseur".
error-party-name-taken = Er is al een partij met deze naam in dit programma.
error-leave-before-join = De partij sloot aan op { $date }; vertrekken kan niet eerder.
error-join-before-leave = De partij vertrok op { $date }; weer aansluiten kan niet eerder.
audit-party-create = Partij toegevoegd
audit-party-update = Partij gewijzigd
audit-party-leave = Partij vertrokken
audit-party-join = Partij weer aangesloten
audit-party-contact = Contactpersonen gewijzigd
audit-party-account = Accounts van partij gewijzigd
fact-parties = { $count ->
    [one] { $count } partij doet mee
   *[other] { $count } partijen doen mee
}

## Stap 2: overleg en besluiten
bodies-title = Overleg en besluiten
bodies-empty = Nog geen stuurgroep, regiegroep of werkgroep vastgelegd.
body-new = Overleg toevoegen
body-edit = Overleg bewerken
body-edit-title = { $name } bewerken
body-create-submit = Overleg toevoegen
body-kind-stuurgroep = stuurgroep
body-kind-regiegroep = regiegroep
body-kind-werkgroep = werkgroep
body-kind-wijkteam = wijkteam
body-kind-overig = ander overleg
rule-consensus = besluit bij consensus
rule-meerderheid = besluit bij meerderheid
rule-trekker = een trekkende partij besluit
body-seat-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
body-last-decision = laatste besluit { $date }
body-seats = Leden
body-seats-empty = Nog geen leden.
body-no-parties = Voeg eerst partijen toe aan de coalitie; een lid zit in het overleg namens een partij.
body-meetings = Vergaderingen en besluitenlijst
body-meetings-empty = Nog geen vergaderingen vastgelegd.
meeting-of = Vergadering van { $date }
meeting-no-decisions = Geen besluiten.
meeting-add-title = Vergadering vastleggen
meeting-add-submit = Vergadering vastleggen
seat-add-title = Lid toevoegen
seat-add-submit = Lid toevoegen
seat-end = { $name } treedt vandaag af
signal-no-steering = Er is geen stuurgroep.
signal-body-quiet = { $name } nam in het afgelopen halfjaar geen besluit.
stale-body-text = Sinds u dit formulier opende, heeft iemand anders dit overleg opgeslagen. Uw invoer staat in het formulier; sla opnieuw op om uw versie te bewaren.
field-body-name = Naam van het overleg
field-body-kind = Soort overleg
field-rule = Zo besluit het overleg
field-lead-party = Trekkende partij
field-party = Partij
field-person = Naam
field-position = Rol in het overleg
field-started-on = Lid sinds
field-held-on = Datum van de vergadering
field-decisions = Besluiten
field-notes = Aantekeningen
col-until = Tot
hint-body-name = Bijvoorbeeld "Stuurgroep Zuid".
hint-lead-party = Alleen nodig als een trekkende partij besluit.
hint-body-description = Waarover het overleg gaat en hoe vaak het bijeenkomt.
hint-person = Bijvoorbeeld "wethouder Wonen" of een naam.
hint-position = Bijvoorbeeld "voorzitter".
hint-decisions = Eén besluit per regel. Elk besluit krijgt een nummer, zoals SG-2026-1, waarnaar latere wijzigingen van de agenda kunnen verwijzen.
error-lead-party = Kies de partij die besluit.
error-body-name-taken = Er is al een overleg met deze naam in dit programma.
error-decision-too-long = Een besluit is hoogstens { $max } tekens.
error-too-many-decisions = Leg hoogstens { $max } besluiten per vergadering vast.
audit-body-create = Overleg toegevoegd
audit-body-update = Overleg gewijzigd
audit-body-seat = Leden van overleg gewijzigd
audit-body-meeting = Vergadering vastgelegd
coalition-download-csv = partijen (CSV)
coalition-download-json = partijen (JSON)

## Stap 3: de agenda
agenda-title = Agenda
agenda-intro = De gedeelde visie van de coalitie en, stap voor stap, de doelen, maatregelen en afspraken die eruit volgen.
agenda-unpublished = Nog niet openbaar: publiceer de pagina Agenda om haar te delen.
vision-title = Gedeelde visie
vision-empty = De coalitie heeft haar visie nog niet vastgelegd.
vision-agreed = Vastgesteld door { $by } op { $date }
vision-decision = besluit { $number }
vision-earlier = Eerdere versies
vision-new-version = Nieuwe versie van de visie
vision-first = Visie vastleggen
vision-form-title = Visie vastleggen
vision-form-intro = Een nieuwe versie vervangt de huidige; de eerdere versies blijven leesbaar.
vision-no-decision = Geen besluit
vision-submit = Versie vastleggen
field-vision = Visie
field-agreed-by = Vastgesteld door
field-agreed-on = Vastgesteld op
field-decision = Besluit
hint-vision = Een lege regel begint een nieuwe alinea.
hint-agreed-by = Bijvoorbeeld "Stuurgroep Zuid" of "alle partijen van de wijkdeal".
error-vision-unchanged = Deze tekst is gelijk aan de huidige visie.
audit-vision-version = Nieuwe versie van de visie
