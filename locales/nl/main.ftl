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
nav-look = Huisstijl
look-title = Huisstijl
look-intro = De naam, het logo en de kleuren van uw gemeente op elke pagina. De kleuren zijn design tokens met de namen van het NL Design System, zodat u de waarden van het thema van uw gemeente kunt overnemen. Elke kleur met tekst wordt gecontroleerd op een contrast van ten minste 4,5:1 (WCAG 2.1 AA). Een veld leeg laten geeft de kleur van WijkWijzer.
field-look-name = Naam in de kopbalk
hint-look-name = Bijvoorbeeld “Gemeente Rotterdam”. Leeg: WijkWijzer. Hoogstens 60 tekens.
field-logo = Logo
field-look-logo = Logo
hint-look-logo = PNG, JPEG of WebP, hoogstens { $max } kB. Het logo staat naast de naam; laat leeg om het huidige te houden.
look-logo-current = Het huidige logo
field-look-remove-logo = Logo verwijderen
look-colours = Kleuren
hint-look-colours = Als hexadecimale kleurcode, bijvoorbeeld #c8102e.
field-look-header_background = Achtergrond van de kopbalk
field-look-header_text = Tekst in de kopbalk
field-look-link = Links
field-look-button_background = Achtergrond van hoofdknoppen
field-look-button_text = Tekst op hoofdknoppen
hint-look-colour = Token { $token }; WijkWijzer gebruikt { $default }.
error-look-colour = “{ $value }” is geen kleurcode. Schrijf zes tekens 0–9 en a–f na een #, bijvoorbeeld #c8102e.
error-look-contrast = Te weinig contrast: { $text } op { $background } is { $ratio }:1, er is ten minste 4,5:1 nodig. Kies een donkerder of lichtere kleur.
error-look-logo-size = Het logo is groter dan { $max } kB. Verklein het en probeer opnieuw.
error-look-logo-type = Het logo moet een PNG-, JPEG- of WebP-afbeelding zijn.
error-look-unreadable = Het formulier kwam niet goed aan. Probeer het opnieuw.
stepper-begun = begonnen
stepper-not-begun = nog niet begonnen
stepper-label = Stappen van de wijkaanpak
stepper-step = Stap { $number }:
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
step-execution-empty = Nog geen doelen om te volgen: stel ze vast in de agenda (stap 3).
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
role-data-steward = Gegevensbeheerder

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
login-too-many = Te veel mislukte pogingen vanaf dit adres. Probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw, of log in vanaf een ander netwerk.
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
field-is-data-steward = Gegevensbeheerder (importeert statistieken en deelt indicatoren in, voor alle wijkaanpakken en de openbare urgentiescan)
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
error-municipality-unknown = Geen gemeente met deze naam. Kies een naam uit de suggesties of typ de CBS-code, zoals GM0599.
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
error-method-title = Dit adres is geen pagina
error-method-text = Dit adres ontvangt alleen formulieren. Ga terug naar de vorige pagina.
error-forbidden-title = Geen toegang
error-forbidden-text = U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina of actie.
error-unauthorised-title = Inloggen nodig
error-unauthorised-text = Log in om deze pagina te zien.
error-csrf-title = Verzoek geweigerd
error-csrf-text = Dit verzoek kwam niet van een formulier van WijkWijzer zelf, of het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-conflict-title = Bestaat al
error-conflict-text = Dit bestaat al. Kies een andere waarde.
error-too-large-title = Te groot om te verwerken
error-too-large-text = Wat u verstuurde is te groot: een formulier mag 2 MB zijn, een import 64 MB. Er is niets opgeslagen. Verdeel bestanden over meer imports of importeer grote tabellen met wijkwijzer import.
error-too-many-title = Te veel pogingen
error-too-many-text = Probeer het over een kwartier opnieuw.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable-text = De database antwoordt niet. Probeer het over enkele minuten opnieuw.
error-invalid-request-title = Ongeldig verzoek
error-invalid-request-text = Het verzoek heeft niet de vorm die de API beschrijft (zie /api/v1/openapi.json).
error-cannot-write-title = Kan nu niet opslaan
error-cannot-write-text = De database kan op dit moment niets opslaan (de schijf is vol of de database staat op alleen-lezen). Uw wijziging is niet opgeslagen en er is niets half opgeslagen. Meld dit aan de beheerder van WijkWijzer; lezen blijft mogelijk.
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
cli-demo-second-factor = Sitebeheerders stellen bij de eerste keer inloggen tweestapsverificatie in (met een authenticator-app op de telefoon). Om dat voor een proefopstelling over te slaan: WIJKWIJZER_REQUIRE_SECOND_FACTOR=optional.
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
cli-import-refused = Niets geïmporteerd: { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
} geweigerd.
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
import-error-encoding = { $file }: de tekst is geen UTF-8 en ook geen Windows-1252 (onbekend teken bij { $detail }). Bewaar het bestand als "CSV UTF-8" en importeer het opnieuw.
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
download-xlsx = Excel
area-themes-label = Thema’s op deze pagina
area-country = Nederland
area-trend-table = Ontwikkeling als tabel
area-period = Periode
figure-missing = geen gegevens
figure-per-thousand = per 1.000 inwoners
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
cli-error-scan-reference = onbekende vergelijking '{ $value }': kies nl, municipality of similar
cli-error-scan-no-similar = geen vergelijkbare gebieden bekend voor dit niveau: importeer of haal de Kerncijfers wijken en buurten met dit niveau op (de meegeleverde gaan tot wijken)
cli-error-scan-weights = gewicht '{ $value }' niet te lezen: schrijf thema=getal, bijvoorbeeld gezondheid=2,werk=1
cli-error-scan-municipality = '{ $value }' is geen CBS-gemeentecode (zoals GM0599)
cli-error-scan-format = onbekend formaat '{ $value }': kies json, csv of table
cli-error-scan-empty = geen cijfers voor de scan in { $year }: importeer eerst tabellen met indicatoren van de scan voor dat jaar
cli-error-scan-no-years = er zijn nog geen cijfers voor de scan geïmporteerd
cli-error-validate-read = kan { $file } niet lezen: { $detail }
cli-error-validate-not-text = { $file } is geen tekstbestand in UTF-8: sla de lijst op als CSV (UTF-8) met een gebiedscode in de eerste kolom
cli-error-validate-empty = { $file } bevat geen enkele gebiedscode (zoals BU05991081 of WK059910) in de eerste kolom
cli-error-validate-no-code = { $file }: regel { $lines } heeft geen CBS-gebiedscode in de eerste kolom; er is niets gecontroleerd
validate-heading = Controle van de scan tegen { $file }: { $level }, { $year }; { $designated } aangewezen gebieden, { $others } andere gebieden met een score
validate-unknown = { $count ->
    [one] 1 code uit de lijst zit niet in de scan (ander niveau, jaar of gemeente, of zonder cijfers): { $codes }
   *[other] { $count } codes uit de lijst zitten niet in de scan (ander niveau, jaar of gemeente, of zonder cijfers): { $codes }
}
validate-overall = Alle gebieden samen (AUC: de kans dat een aangewezen gebied urgenter uitkomt dan een ander; 1 = altijd, 0,5 = toeval)
validate-col-designated = aangewezen
validate-col-others = andere
validate-col-measure = maat
validate-col-municipality = gemeente
validate-score = urgentiescore (alle indicatoren samen)
validate-per-municipality = Per gemeente (urgentiescore)
validate-missed = Aangewezen gebieden die de scan in de minder urgente helft van hun gemeente zet: { $count }
validate-rank = rang { $rank } van { $of } in de gemeente
validate-method = Methode: docs/SCAN.md en /urgentie/methode. De gewichten van de scan worden niet op deze lijst afgestemd.

nav-scan = Urgentiescan
scan-title = Urgentiescan
scan-intro = Welke buurten of wijken hebben extra gebiedsgerichte inzet nodig, en waarom? Elke score is na te rekenen: per buurt staan de cijfers die hem het meest omhoog duwen.
scan-method-link = Zo werkt de scan.
field-gemeente = Gemeente
scan-gemeente-hint = Zoals Rotterdam of GM0599; leeg = heel Nederland.
field-niveau = Niveau
scan-level-buurt = Buurten
scan-level-wijk = Wijken
scan-level-gemeente = Gemeenten
field-referentie = Vergelijken met
scan-reference-nl = Nederland
scan-reference-gemeente = de eigen gemeente
scan-reference-similar = vergelijkbare gebieden (50 per gebied)
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
scan-flag-no-similar = vergeleken met Nederland: geen (of te weinig) vergelijkbare gebieden met dit cijfer
scan-flag-suppressed = niet alle cijfers bekend
scan-reason-within-margin = { $reason }, binnen de marge
scan-unscored-title = Zonder score: te weinig cijfers
scan-unscored-intro = Voor deze gebieden zijn te veel cijfers onderdrukt of niet gemeten (meestal kleine buurten). Ze krijgen geen score, zodat toeval ze niet bovenaan zet.
error-scan-level = Kies buurt, wijk of gemeente.
error-scan-period = Kies een jaar waarvoor cijfers zijn geïmporteerd.
error-scan-reference = Kies Nederland, de eigen gemeente of vergelijkbare gebieden.
error-scan-no-similar = Voor dit niveau zijn geen vergelijkbare gebieden bekend: daarvoor zijn de Kerncijfers wijken en buurten van dit niveau nodig (de meegeleverde gaan tot wijken). Kies Nederland of de eigen gemeente.
error-scan-weights = Schrijf gewichten als opgave=getal, bijvoorbeeld gezondheid=2,werk=1.
scan-check-link = Controleer de scan tegen een eigen lijst van aangewezen gebieden (voor gegevensbeheerders).
scan-check-title = De scan controleren tegen een eigen lijst
scan-check-back = Terug naar: zo werkt de urgentiescan
scan-check-intro = Heeft uw gemeente of programma al focusgebieden aangewezen? Geef die lijst op en zie hoe goed de scan ze bovenaan zet: per gemeente en in totaal, voor de urgentiescore en voor elke indicator apart. Er wordt niets opgeslagen en de scan wordt niet op uw lijst afgestemd.
field-lijst = Lijst als bestand
field-codes = Of plak de gebiedscodes
scan-check-file-hint = Een CSV- of tekstbestand (UTF-8) met in de eerste kolom van elke regel een CBS-gebiedscode, zoals BU05991081 of WK059910. Een kopregel en andere kolommen worden overgeslagen.
scan-check-codes-hint = Eén gebiedscode per regel, bijvoorbeeld gekopieerd uit Excel. Wordt gebruikt als er geen bestand is gekozen.
scan-check-gemeente-hint = Leeg voor heel Nederland, of een gemeentecode zoals GM0599.
scan-check-period-hint = Leeg voor het nieuwste jaar met cijfers voor de scan.
scan-check-submit = Controleer de scan
scan-check-unreadable = Het formulier kon niet worden gelezen. Probeer het opnieuw.
scan-check-not-text = Dit is geen tekstbestand in UTF-8. Sla de lijst op als CSV (UTF-8) met een gebiedscode in de eerste kolom.
scan-check-empty = Geef een lijst met ten minste één gebiedscode (zoals BU05991081), als bestand of geplakt.
scan-check-no-code = Regel { $lines } heeft geen CBS-gebiedscode in de eerste kolom. Er is niets gecontroleerd.
scan-check-result = Uitkomst
scan-check-counts = { $designated } aangewezen gebieden, { $others } andere gebieden met een score.
scan-check-unknown = { $count ->
    [one] 1 code uit de lijst zit niet in de scan (ander niveau, jaar of gemeente, of zonder cijfers): { $codes }.
   *[other] { $count } codes uit de lijst zitten niet in de scan (ander niveau, jaar of gemeente, of zonder cijfers): { $codes }.
}
scan-check-auc-explained = AUC is de kans dat een aangewezen gebied urgenter uitkomt dan een ander gebied: 1 is altijd, 0,5 is toeval, lager dan 0,5 is omgekeerd.
scan-check-overall = Alle gebieden samen
scan-check-per-municipality = Per gemeente (urgentiescore)
scan-check-col-measure = Maat
scan-check-col-designated = Aangewezen
scan-check-col-others = Andere
scan-check-score = Urgentiescore (alle indicatoren samen)
scan-check-missed = Aangewezen gebieden die de scan in de minder urgente helft van hun gemeente zet
scan-check-none-missed = Geen: de scan zet elk aangewezen gebied in de urgentere helft van zijn gemeente.
scan-check-rank = rang { $rank } van { $of } in de gemeente
scan-check-not-tuned = De gewichten van de scan worden niet op een lijst afgestemd. De methode staat op deze pagina en in docs/SCAN.md.
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
scan-map-caption-theme = Kleur per klasse van de score op { $theme }; een gebied zonder score op dit thema is gearceerd. De tabel hieronder geeft dezelfde uitkomst. Grenzen: CBS/Kadaster (PDOK), CC BY 4.0.
scan-map-missing = { $count ->
    [one] 1 gebied heeft geen grens op de kaart:
   *[other] { $count } gebieden hebben geen grens op de kaart:
}
map-outside = De kaart toont waar de cijfers zijn. { $count ->
    [one] 1 gebied ligt erbuiten:
   *[other] { $count } gebieden liggen erbuiten:
}
map-show-whole = De hele gemeente op de kaart tonen
map-show-core = Alleen het deel met cijfers tonen (ingezoomd)
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
dossier-reference-similar = Elk gebied vergeleken met de 50 gebieden in Nederland die er in context het meest op lijken.
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
stale-text = Sinds u dit formulier opende, heeft iemand anders dit opgeslagen. Hieronder staat de huidige versie; uw invoer staat in het formulier. Controleer en sla opnieuw op om uw versie te bewaren.
stale-move-text = Sinds u dit formulier opende, is de deelname van deze partij gewijzigd. Controleer de huidige stand en sla opnieuw op.
choose = Kies…
col-joined = Sloot aan
col-left = Vertrok
col-note = Toelichting
field-kind = Soort partij
# The error summary names a field as its own form does (`field-{form}-{name}`).
field-user-password = { field-initial-password }
field-vision-text = { field-vision }
field-story-role = { field-role-story }
field-goal-reason = { field-change-reason }
field-measure-reason = { field-change-reason }
field-vision-reason = { field-change-reason }
field-join-reason = { field-joined-note }
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
meeting-add-title = Vergadering plannen of vastleggen
meeting-add-submit = Vergadering toevoegen
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
field-notes = Verslag (notulen)
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
coalition-download-xlsx = partijen (Excel)
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

## Agenda (step 3): goals, measures, financing, plans, matrix, residents' agenda, wijkdeal
actions = Acties
agenda-nav-label = Onderdelen van de agenda
agenda-nav-goals = Visie en doelen
goals-title = Doelen
goals-empty = Er zijn nog geen doelen. Een doel zegt wat er in de wijk moet veranderen, gemeten met een resultaatindicator.
goals-csv = Doelen downloaden (CSV)
goals-xlsx = Doelen downloaden (Excel)
goal-new = Doel toevoegen
goal-edit = Doel wijzigen
goal-edit-title = Doel wijzigen: { $title }
goal-create-submit = Doel toevoegen
goal-edit-link = Wijzig doel { $title }
goal-add-measure = Maatregel toevoegen voor { $title }
goal-delete-link = Verwijder doel { $title }
goal-delete-title = Doel “{ $title }” verwijderen?
goal-delete-text = Het doel verdwijnt van de agenda. Maatregelen voor dit doel blijven bestaan, zonder koppeling. De geschiedenis bewaart wat er stond.
goal-delete-submit = Doel verwijderen
goal-in-year = in { $year }
goal-no-baseline = nog geen nulmeting
goal-no-target = nog geen streefwaarde
goal-no-measures = nog geen maatregelen
goal-source-catalogus = Een cijfer uit de statistieken (waarden komen mee met geïmporteerde CBS/RIVM-cijfers)
goal-source-eigen = Een eigen indicator van de coalitie
field-title = Titel
goal-result-indicator = Resultaatindicator
field-indicator = Cijfer
field-indicator-source = Soort indicator
field-goal-area = Gemeten voor gebied
goal-area-programme = Het hele programmagebied ({ $count ->
    [one] { $count } gebied
   *[other] { $count } gebieden samen
})
goal-area-programme-name = het programmagebied
field-own-name = Naam van de eigen indicator
field-own-unit = Eenheid
field-baseline = Nulmeting
field-baseline-period = Periode van de nulmeting
field-target = Streefwaarde
field-target-year = Streefjaar
field-milestones = Tussendoelen
field-goal-position = Volgorde binnen het thema
hint-goal-title = Wat moet er veranderen? Bijvoorbeeld “Minder huishoudens met geldzorgen”.
hint-goal-themes = Het eerste aangevinkte thema bepaalt waar het doel op de agenda staat.
hint-goal-description = Niet verplicht.
hint-goal-indicator = Meet resultaten, geen inspanningen.
hint-own-name = Bijvoorbeeld “Actieve bewonersinitiatieven”.
hint-own-unit = Bijvoorbeeld “aantal” of “%”.
hint-baseline = Getal, bijvoorbeeld 31,5. Leeg bij een indicator uit de catalogus: dan vult WijkWijzer het gepubliceerde cijfer in.
hint-baseline-period = Bijvoorbeeld 2022.
hint-target = Getal, met een streefjaar.
hint-milestones = Eén per regel: jaar, dubbele punt, waarde. Bijvoorbeeld “2026: 29”.
hint-goal-position = Lager staat eerder.
error-goal-themes = Kies minstens één thema.
error-goal-polarity = Kies of hoger beter of slechter is.
goal-baseline-fetch = Nulmeting ophalen
hint-goal-baseline-fetch = Vult de nulmeting in met het gepubliceerde cijfer van het gekozen gebied: van de periode die u invult, of anders het laatste cijfer vóór de start van de aanpak. Laat u de nulmeting leeg, dan gebeurt dit ook bij opslaan. Een getal dat u zelf invult, blijft staan.
goal-baseline-filled = Nulmeting ingevuld uit de gepubliceerde cijfers: { $value } in { $year } voor { $area }. Controleer en sla op.
error-goal-indicator-no-figure = Voor { $area } is er geen gepubliceerd cijfer van deze indicator. Kies een andere indicator, een ander gebied, of een eigen indicator.
error-goal-no-figure-in = Voor { $area } is er geen cijfer over { $year }; wel over { $years }. Kies een van die jaren, of vul de nulmeting zelf in.
error-goal-baseline-period = Vul in over welke periode de nulmeting gaat.
error-goal-target-pair = Vul streefwaarde en streefjaar allebei in, of allebei niet.
error-goal-milestone = Deze regel is geen “jaar: waarde”: { $line }
error-goal-milestone-year = Een tussendoel ligt vóór het streefjaar en elk jaar komt één keer voor: { $line }
error-number = Vul een getal in, bijvoorbeeld 12,5.
error-euros = Vul een bedrag in euro’s in, bijvoorbeeld 12.500 of 12.500,50.
error-positive = Vul een getal van 0 of meer in.
error-number-ambiguous = Bedoelt u { $first } of { $second }? Typ het getal zo dat het maar op één manier te lezen is: { $first } of { $second }.
error-number-convention = Bedoelt u { $reading }? In het Nederlands is de komma het decimaalteken en scheidt een punt duizendtallen.
error-euros-cents = Een bedrag heeft hoogstens twee cijfers achter de komma, bijvoorbeeld 12.500,50.
error-goal-milestone-ambiguous = Bedoelt u { $first } of { $second } in deze regel? { $line }
error-goal-milestone-convention = Bedoelt u { $reading } in deze regel? In het Nederlands is de komma het decimaalteken: { $line }
measures-title = Maatregelen
measures-intro = Wat de partijen doen voor de doelen: wie eigenaar is, wie meedoet, wat er is toegezegd en hoe het betaald wordt.
measures-empty = Er zijn nog geen maatregelen.
measures-csv = Maatregelen downloaden (CSV)
measures-xlsx = Maatregelen downloaden (Excel)
measures-no-plan = Niet in een uitvoeringsprogramma
measure-new = Maatregel toevoegen
measure-edit = Maatregel wijzigen
measure-edit-title = Maatregel wijzigen: { $title }
measure-create-submit = Maatregel toevoegen
measure-delete = Maatregel verwijderen
measure-delete-title = Maatregel “{ $title }” verwijderen?
measure-delete-text = De maatregel verdwijnt met zijn toezeggingen en begrotingsregels. De geschiedenis bewaart wat er stond.
measure-delete-submit = Maatregel verwijderen
measure-period = Looptijd
measure-open-ended = doorlopend
measure-no-owner = geen eigenaar (partij verwijderd)
measure-no-goal = Zonder doel
measure-no-goals-yet = Er zijn nog geen doelen om aan te koppelen.
measure-no-plan = Geen uitvoeringsprogramma
measure-status-idee = Idee
measure-status-gepland = Gepland
measure-status-lopend = Loopt
measure-status-afgerond = Afgerond
measure-status-gestopt = Gestopt
field-goals = Doelen
field-owner = Eigenaar
field-partners = Partners
field-starts-on = Start
field-ends-on = Einde
field-status = Status
field-status-reason = Toelichting bij de status
field-plan = Uitvoeringsprogramma
hint-measure-title = Bijvoorbeeld “Werkgeversnetwerk Zuid”.
hint-measure-description = Niet verplicht.
hint-measure-owner = De partij die verantwoordelijk is. Accounts van die partij kunnen de maatregel bijwerken.
hint-ends-on = Leeg laten als de maatregel doorloopt.
hint-status-reason = Verplicht als de maatregel gestopt is.
error-measure-owner = Kies de partij die eigenaar is.
error-measure-owner-own = Kies een partij waarvoor u optreedt.
error-measure-ends-before = Het einde ligt vóór de start.
commitments-title = Toezeggingen
commitments-intro = Wat een partij in aantallen heeft beloofd, en wat er tot nu toe is geleverd.
commitments-empty = Nog geen toezeggingen.
commitment-new = Toezegging toevoegen
commitment-edit = Wijzig toezegging { $what }
commitment-progress = Geleverd van { $what }
field-what = Wat is toegezegd
field-promised = Toegezegd aantal
field-delivered = Geleverd tot nu toe
field-due-year = Uiterlijk in
hint-commitment-what = Bijvoorbeeld “werkervaringsplaatsen”.
hint-promised = Bijvoorbeeld 250.
hint-delivered = Niet verplicht; 0 als er nog niets is geleverd.
budget-title = Begroting
budget-empty = Nog geen begrotingsregels.
budget-new = Begrotingsregel toevoegen
budget-edit = Wijzig begrotingsregel { $year }
field-year = Jaar
field-planned = Begroot bedrag
field-spent = Besteed bedrag
field-funding-source = Financieringsbron
field-funder = Financierende partij
field-cost-kind = Soort kosten
field-note = Toelichting
hint-euros = In euro’s, bijvoorbeeld 12.500 of 12.500,50.
hint-funder = Niet verplicht: de partij uit de coalitie die betaalt.
funder-none = Geen partij opgegeven
source-gemeente = Gemeente
source-corporatie = Woningcorporatie
source-zorgverzekeraar = Zorgverzekeraar
source-rijk = Rijk
source-provincie = Provincie
source-fonds = Fonds
source-wijkbudget = Wijkbudget (bewoners)
source-overig = Overig
cost-kind-uitvoering = Uitvoering
cost-kind-proces = Proces
cost-kind-menskracht = Menskracht
line-form-title-toezeggingen = Toezegging
line-form-title-begroting = Begrotingsregel
line-remove = Verwijder { $what }
line-delete-title-toezeggingen = Toezegging van “{ $title }” verwijderen?
line-delete-title-begroting = Begrotingsregel van “{ $title }” verwijderen?
line-delete-text = De regel verdwijnt. De geschiedenis van de maatregel bewaart wat er stond.
line-delete-submit = Regel verwijderen
stale-line-text = Iemand anders heeft deze maatregel gewijzigd nadat u het formulier opende. Hieronder staat wat er nu is opgeslagen; in het formulier staat wat u typte. Sla opnieuw op om uw wijziging door te voeren.
plans-title = Uitvoeringsprogramma’s
plans-intro = Een wijkaanpak loopt vele jaren; uitvoeringsprogramma’s groeperen de maatregelen per periode, bijvoorbeeld 2024–2027.
plans-empty = Nog geen uitvoeringsprogramma’s.
plan-new = Uitvoeringsprogramma toevoegen
plan-edit = Wijzig { $name }
plan-edit-title = Uitvoeringsprogramma wijzigen
plan-create-submit = Uitvoeringsprogramma toevoegen
plan-period = Periode
plan-no-measures = Nog geen maatregelen in dit uitvoeringsprogramma.
field-starts-year = Eerste jaar
field-ends-year = Laatste jaar
hint-plan-name = Bijvoorbeeld “Uitvoeringsprogramma 2024–2027”.
error-plan-ends-before = Het laatste jaar ligt vóór het eerste.
error-plan-name-taken = Er is al een uitvoeringsprogramma met deze naam.
finance-title = Financiering
finance-intro = Begroot en besteed geld van alle maatregelen, per financierende partij, per bron, per jaar en per thema. Elk overzicht telt op tot hetzelfde totaal.
finance-empty = Er zijn nog geen begrotingsregels.
finance-summary = { $planned } begroot en { $spent } besteed over { $count ->
    [one] 1 maatregel
   *[other] { $count } maatregelen
}.
finance-csv = Begrotingsregels downloaden (CSV)
finance-xlsx = Begrotingsregels downloaden (Excel)
finance-planned = Begroot
finance-spent = Besteed
finance-share-spent = Besteed deel
finance-total = Totaal
finance-by-party = Per financierende partij
finance-by-source = Per financieringsbron
finance-by-year = Per jaar
finance-by-theme = Per thema
finance-no-theme = Maatregelen zonder doel
finance-theme-rule = Een maatregel telt mee onder het eerste thema van zijn eerste doel.
matrix-title = Wie doet wat
matrix-intro = Per partij en per doel: de maatregelen waarvan de partij eigenaar is, en die waaraan zij meedoet.
matrix-empty = Er zijn nog geen partijen.
matrix-none = geen maatregel
matrix-owner = eigenaar
matrix-partner = partner
signal-no-measure = Partijen zonder maatregel: { $parties }.
residents-title = Bewonersagenda
residents-intro = Bewoners en hun organisaties zetten onderwerpen op de agenda. De gemeente geeft op elk onderwerp een tegenbod, met uitleg.
residents-empty = Er staan nog geen onderwerpen op de bewonersagenda.
residents-csv = Bewonersagenda downloaden (CSV)
residents-xlsx = Bewonersagenda downloaden (Excel)
item-new = Onderwerp inbrengen
item-new-intro = Wat moet er volgens bewoners gebeuren? Het onderwerp is zichtbaar voor de wijkaanpak; de beheerder kan het openbaar maken.
item-submit = Onderwerp inbrengen
item-submitted = Ingebracht door { $by } op { $date }
field-item-title = Onderwerp
field-body = Toelichting
field-submitted-by = Ingebracht door
field-submitted-on = Ingebracht op
hint-item-body = Wat is er aan de hand en wat stellen bewoners voor?
hint-submitted-by = Zoals de bewoners genoemd willen worden, bijvoorbeeld “Bewonersplatform Bloemhof”. Geen namen van personen.
answer-title = Tegenbod van de gemeente
answer-none = Nog geen tegenbod
answer-none-yet = De gemeente heeft nog niet geantwoord.
answer-give = Tegenbod geven
answer-change = Tegenbod wijzigen
answer-submit = Tegenbod opslaan
answer-past-in-plannen = Past in de plannen van de gemeente
answer-samen-oppakken = We pakken het samen op
answer-andere-partijen = Bewoners zoeken andere partijen
answer-afgewezen = Afgewezen
field-answer = Tegenbod
field-answer-text = Uitleg
field-answered-on = Datum van het tegenbod
hint-answer-text = Leg uit waarom, en wat de volgende stap is.
error-answer-before-item = Het tegenbod kan niet eerder zijn dan het onderwerp.
publish-title = Openbaar maken
item-is-published = Dit onderwerp is openbaar zodra de agenda van de wijkaanpak gepubliceerd is.
item-is-private = Dit onderwerp is alleen zichtbaar voor de wijkaanpak.
item-publish = Openbaar maken
item-unpublish = Niet meer openbaar maken
item-delete = Onderwerp verwijderen
item-delete-title = Onderwerp “{ $title }” verwijderen?
item-delete-text = Het onderwerp en het tegenbod verdwijnen. De geschiedenis bewaart wat er stond.
item-delete-submit = Onderwerp verwijderen
stale-item-text = Iemand anders heeft dit onderwerp gewijzigd nadat u de pagina opende. Bekijk wat er nu staat en probeer het opnieuw.
wijkdeal-title = Wijkdeal
wijkdeal-heading = Wijkdeal { $name }
wijkdeal-intro = De afspraken van de partners in de wijkaanpak in { $municipality }, { $start } tot { $horizon }: de gedeelde visie, de doelen met hun streefwaarden, de maatregelen met hun eigenaar en wat elke partij toezegt en bijdraagt.
wijkdeal-parties = Partijen en hun bijdragen
wijkdeal-total = Samen begroot: { $planned }.
wijkdeal-owns = Eigenaar van
wijkdeal-delivered = { $value } geleverd
wijkdeal-contribution = Financiële bijdrage (begroot)
wijkdeal-sign = Namens { $party }: naam, datum en handtekening
wijkdeal-no-parties = Er zijn nog geen partijen.
wijkdeal-printed = Stand van { $date }.
audit-goal-create = Doel toegevoegd
audit-goal-update = Doel gewijzigd
audit-goal-delete = Doel verwijderd
audit-measure-create = Maatregel toegevoegd
audit-measure-update = Maatregel gewijzigd
audit-measure-delete = Maatregel verwijderd
audit-measure-commitment = Toezeggingen gewijzigd
audit-measure-budget = Begroting gewijzigd
audit-plan-create = Uitvoeringsprogramma toegevoegd
audit-plan-update = Uitvoeringsprogramma gewijzigd
audit-agenda_item-create = Onderwerp op de bewonersagenda
audit-agenda_item-answer = Tegenbod gegeven
audit-agenda_item-publish = Onderwerp openbaar gemaakt
audit-agenda_item-unpublish = Onderwerp niet meer openbaar
audit-agenda_item-delete = Onderwerp verwijderd

## Step 4: preconditions health check
fact-goals = { $count ->
    [one] { $count } doel
   *[other] { $count } doelen
}
fact-measures = { $count ->
    [one] { $count } maatregel
   *[other] { $count } maatregelen
}
fact-agenda-items = { $count ->
    [one] { $count } onderwerp op de bewonersagenda
   *[other] { $count } onderwerpen op de bewonersagenda
}
fact-goals-followed = { $count ->
    [one] 1 doel gevolgd op Voortgang
   *[other] { $count } doelen gevolgd op Voortgang
}
fact-measurements = { $count ->
    [one] 1 ingevoerde waarde
   *[other] { $count } ingevoerde waarden
}
fact-reports = { $count ->
    [one] 1 gepubliceerde voortgangsrapportage
   *[other] { $count } gepubliceerde voortgangsrapportages
}
fact-rounds = { $count ->
    [one] { $count } peiling
   *[other] { $count } peilingen
}
preconditions-title = Randvoorwaarden
preconditions-intro = Een periodieke peiling van de zeven randvoorwaarden die de slaagkans van een wijkaanpak vergroten (Platform31). Deelnemers geven elke randvoorwaarde een cijfer van 1 tot 5 en zeggen op welk niveau ze spreken; bewoners doen mee via een link, zonder account.
preconditions-unpublished = Niet openbaar: alleen leden van de wijkaanpak zien deze pagina.
preconditions-empty = Er is nog geen peiling gehouden.
precondition-answer-invite = De peiling “{ $name }” loopt en u heeft nog niet meegedaan.
precondition-answer-now = Peiling invullen
precondition-results-of = Uitkomst: { $name }
precondition-opened = Geopend op { $date }
precondition-closed = gesloten op { $date }
precondition-open = loopt nog
precondition-responses = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
}
precondition-links-title = Links voor bewoners
precondition-links-intro = Maak eenmalige links om uit te delen, bijvoorbeeld op een bewonersavond. Elke link werkt één keer, zonder account; wie hem gebruikt, wordt niet vastgelegd.
precondition-links-used = { $used } van { $made } gebruikt
precondition-links-submit = Links maken
precondition-links-once = Deze links worden maar één keer getoond. Druk ze nu af of kopieer ze.
precondition-back = Terug naar de peiling
field-label = Waarvoor
hint-links-label = Bijvoorbeeld “Bewonersavond 12 maart”.
field-count = Aantal links
error-links-count = Kies een aantal van 1 tot { $max }.
precondition-close = Peiling sluiten
precondition-no-answers = Nog geen antwoorden.
precondition-divergence = { $precondition }: { $high } geeft { $hm }, { $low } { $lm }. De niveaus kijken er verschillend tegenaan; bespreek dat samen.
precondition-radar-caption = De mediaan per randvoorwaarde (1 tot 5, buiten is beter), voor iedereen en per niveau. De tabel hieronder geeft dezelfde cijfers.
precondition-all = Iedereen
precondition-table-caption = Mediaan, spreiding en aantal cijfers per randvoorwaarde, en de mediaan per niveau (aantal tussen haakjes)
precondition-column = Randvoorwaarde
precondition-median = Mediaan
precondition-range = Spreiding
precondition-count = Aantal
precondition-weak = zwak
precondition-guidance-title = Wat helpt bij { $precondition }
precondition-notes-title = Toelichtingen
precondition-evidence-title = Wat de gegevens van de wijkaanpak zeggen
precondition-evidence-intro = Per randvoorwaarde de gegevens die er iets over zeggen, met een link om verder te kijken.
precondition-trend-title = Ontwikkeling over de peilingen
precondition-trend-caption = De mediaan per randvoorwaarde per peiling, oudste eerst
precondition-round = Peiling
precondition-rounds-title = Alle peilingen
precondition-new = Nieuwe peiling
precondition-new-submit = Peiling openen
field-round-name = Naam van de peiling
hint-round-name = Bijvoorbeeld “Peiling voorjaar 2026”.
field-opened-on = Geopend op
precondition-form-title = Peiling randvoorwaarden
precondition-form-intro = Geef elke randvoorwaarde een cijfer van 1 (afwezig) tot 5 (sterk aanwezig), of kies “weet ik niet”. Een toelichting helpt de coalitie het cijfer te begrijpen.
precondition-form-intro-resident = Hoe staat de wijkaanpak ervoor, volgens u als bewoner? Geef elke randvoorwaarde een cijfer van 1 (afwezig) tot 5 (sterk aanwezig), of kies “weet ik niet”. Uw naam wordt niet gevraagd of vastgelegd.
precondition-submit = Antwoorden versturen
field-note-precondition = Toelichting (niet verplicht)
score-1 = 1 afwezig
score-2 = 2 zwak
score-3 = 3 redelijk
score-4 = 4 goed
score-5 = 5 sterk
score-unknown = Weet ik niet
error-score = Kies een cijfer van 1 tot 5, of “weet ik niet”.
error-score-none = Geef minstens één randvoorwaarde een cijfer.
precondition-thanks-title = Bedankt
precondition-thanks-text = Uw antwoorden zijn ontvangen. De coalitie bespreekt de uitkomst.
precondition-link-used-title = Deze link is al gebruikt
precondition-link-used-text = Elke link werkt één keer. Vraag de organisatie van de wijkaanpak om een nieuwe link als u nog niet heeft meegedaan.
precondition-round-closed-title = Deze peiling is gesloten
precondition-round-closed-text = U kunt niet meer meedoen aan deze peiling.
level-bestuur = Bestuur
level-uitvoering = Uitvoering
level-bewoners = Bewoners
level-bestuur-explained = Bestuur (directeur of bestuurder van een betrokken organisatie)
level-uitvoering-explained = Uitvoering (professional in de wijk)
level-bewoners-explained = Bewoners (bewoner of bewonersorganisatie)
field-score-urgentie = Maatschappelijke urgentie
field-score-visie = Gedeelde en breed gedragen visie
field-score-verankering = Bestuurlijke verankering
field-score-procesleiding = Onafhankelijke procesleiding
field-score-lange-adem = Een lange adem
field-score-vertrouwen = Vertrouwen
field-score-middelen = Middelen
field-note-urgentie = Toelichting bij maatschappelijke urgentie
field-note-visie = Toelichting bij de gedeelde visie
field-note-verankering = Toelichting bij bestuurlijke verankering
field-note-procesleiding = Toelichting bij onafhankelijke procesleiding
field-note-lange-adem = Toelichting bij een lange adem
field-note-vertrouwen = Toelichting bij vertrouwen
field-note-middelen = Toelichting bij middelen
precondition-urgentie = Maatschappelijke urgentie
precondition-visie = Gedeelde en breed gedragen visie
precondition-verankering = Bestuurlijke verankering
precondition-procesleiding = Onafhankelijke procesleiding
precondition-lange-adem = Een lange adem
precondition-vertrouwen = Vertrouwen
precondition-middelen = Middelen
precondition-urgentie-short = Urgentie
precondition-visie-short = Visie
precondition-verankering-short = Verankering
precondition-procesleiding-short = Procesleiding
precondition-lange-adem-short = Lange adem
precondition-vertrouwen-short = Vertrouwen
precondition-middelen-short = Middelen
precondition-urgentie-question = Voelen alle partijen de noodzaak om nu samen extra in te zetten op deze wijk?
precondition-visie-question = Is er een gedeelde kijk op de toekomst van de wijk, bij bestuur, uitvoering en bewoners?
precondition-verankering-question = Is er een stuur- of regiegroep met bestuurders van alle partijen, met heldere afspraken over besluiten?
precondition-procesleiding-question = Is er een onpartijdige procesleider met mandaat, die verbindt en ook durft te schuren?
precondition-lange-adem-question = Is de aanpak meerjarig opgezet, met een generatie als horizon en ruimte om bij te sturen?
precondition-vertrouwen-question = Vertrouwen bewoners en partners de aanpak en elkaar, op alle niveaus?
precondition-middelen-question = Zijn er genoeg menskracht, uitvoeringsgeld en procesgeld?
precondition-urgentie-guidance = Een gevoelde noodzaak helpt om betrokkenheid, draagvlak en focus te creëren en prioriteiten te stellen. Maak de urgentie zichtbaar met de cijfers én de verhalen van de wijk (de Stand van de wijk) en bespreek ze met alle partijen.
precondition-visie-guidance = Zoek actief naar gedeelde belangen en verbindingskansen, op alle niveaus: bestuur, uitvoering en bewoners. Leg de visie vast, laat haar bekrachtigen en stel haar bij als het inzicht groeit.
precondition-verankering-guidance = Zorg voor een stuur- of regiegroep met directeuren of bestuurders van alle betrokken partijen, en spreek vooraf af hoe besluiten worden genomen. Bestuurlijke rugdekking geeft uitvoerende professionals vertrouwen.
precondition-procesleiding-guidance = Een onpartijdige procesmanager met mandaat overziet het geheel, kan boven de partijen staan en verbindt, schuurt en confronteert waar nodig — zeker bij broze of gespannen verhoudingen.
precondition-lange-adem-guidance = Eén afgerond project maakt nog geen leefbare wijk. Kies een generatie als horizon, werk met meerjarige uitvoeringsprogramma’s en houd ruimte om interventies aan te scherpen.
precondition-vertrouwen-guidance = Vertrouwen is niet vanzelfsprekend. Investeer erin bij bewoners en partners, op alle niveaus: beantwoord de bewonersagenda, kom afspraken na en vier successen samen.
precondition-middelen-guidance = Coalitievorming, visie en uitvoering kosten tijd, geld en menskracht. Bundel inzet uit verschillende domeinen, overweeg wijkteams en wijkbudgetten waarmee bewoners zelf regie krijgen.
evidence-urgency = { $count ->
    [one] 1 verhaal
   *[other] { $count } verhalen
} van bewoners en professionals; de Stand van de wijk
evidence-vision = Visie vastgesteld op { $date } door { $by }
evidence-no-vision = Nog geen gedeelde visie vastgelegd
evidence-anchoring-ok = Er is een stuurgroep en alle overleggen besloten het afgelopen halfjaar
evidence-process-lead = { $count ->
    [one] 1 procesleider (beheerder)
   *[other] { $count } procesleiders (beheerders)
} in de wijkaanpak
evidence-long-breath = Horizon { $horizon }; uitvoeringsprogramma’s tot en met { $year }
evidence-no-plans = Horizon { $horizon }; nog geen uitvoeringsprogramma vastgelegd
evidence-trust = { $count ->
    [one] 1 onderwerp op de bewonersagenda wacht
   *[other] { $count } onderwerpen op de bewonersagenda wachten
} op een tegenbod
evidence-means-ok = Geen lopende maatregel waarvan het geld dit jaar ophoudt
evidence-means-ending = { $count ->
    [one] 1 lopende of geplande maatregel heeft
   *[other] { $count } lopende of geplande maatregelen hebben
} na { $year } geen begroting meer: { $measures }
audit-round-create = Peiling geopend
audit-round-close = Peiling gesloten
audit-round-answer = Peiling ingevuld
audit-round-links = Links voor bewoners gemaakt

## Step 5: monitoring results
progress-title = Voortgang
progress-intro = Resultaten, geen inspanningen: elk doel afgezet tegen de rechte lijn van nulmeting naar streefwaarde (via de tussendoelen), met de cijfers per jaar en het verhaal achter de curve.
progress-unpublished = Niet openbaar: alleen leden van de wijkaanpak zien deze pagina.
progress-empty = Er zijn nog geen doelen om te volgen. Leg ze vast op de agenda.
progress-summary = { $on_track } van { $total } doelen behaald of op koers.
progress-latest = laatste waarde { $value } ({ $year })
progress-story-of = Het verhaal achter { $year }:
judgement-behaald = Behaald
judgement-op-koers = Op koers
judgement-achter = Achter
judgement-geen-gegevens = Geen gegevens
judgement-geen-nulmeting = Geen nulmeting
judgement-geen-nulmeting-explained = Er is een streefwaarde, maar zonder nulmeting is er geen lijn om de voortgang langs te leggen. Vul de nulmeting in bij het doel.
judgement-geen-doelwaarde = Geen streefwaarde
judgement-behaald-explained = De laatste waarde heeft de streefwaarde bereikt.
judgement-op-koers-explained = De laatste waarde ligt op of voor de lijn van nulmeting naar streefwaarde.
judgement-achter-explained = De laatste waarde ligt achter de lijn van nulmeting naar streefwaarde.
judgement-geen-gegevens-explained = Er is nog geen waarde na de nulmeting.
judgement-geen-doelwaarde-explained = Zonder streefwaarde valt de voortgang niet te beoordelen.
chart-title = Verloop van “{ $goal }”: de lijn van nulmeting naar streefwaarde en de waarden per jaar
chart-path = lijn naar de streefwaarde
chart-values = waarden
progress-values-caption = De waarden per jaar en wat de lijn naar de streefwaarde in dat jaar verwacht
progress-value = Waarde
progress-expected = Verwacht volgens de lijn
progress-stories-title = Het verhaal achter de curve
progress-no-stories = Nog geen verhaal bij de cijfers.
field-story-year = Jaar van het verhaal
field-story-text = Wat lezen we in de cijfers van dit jaar?
hint-curve-story = Leeg laten verwijdert het verhaal van dit jaar.
progress-story-submit = Verhaal opslaan
progress-entered-title = Ingevoerde waarden
progress-entered-empty = Nog geen waarden ingevoerd.
progress-review = Beoordeling
review-ingediend = Wacht op beoordeling
review-goedgekeurd = Goedgekeurd
review-teruggestuurd = Teruggestuurd
field-remark = Opmerking
review-approve = Waarde { $year } goedkeuren
review-return = Waarde { $year } terugsturen
progress-enter-title = Waarde invoeren
progress-enter-intro = Uw waarde telt mee zodra een beheerder haar heeft goedgekeurd.
progress-enter-intro-manager = Als beheerder telt uw waarde meteen mee.
field-value = Waarde
field-source-text = Bron
field-evidence = Onderbouwing
hint-value-year = Het jaar waarover de waarde gaat.
hint-source-text = Waar komt het cijfer vandaan? Bijvoorbeeld “registratie Buurtwerk Zuid”.
hint-evidence = Niet verplicht: een link of korte beschrijving van het bewijs.
progress-enter-submit = Waarde opslaan
error-year-future = Dit jaar is nog niet voorbij.
error-value-exists = Voor dit jaar is al een waarde ingevoerd; die is intussen gewijzigd. Bekijk de tabel en probeer het opnieuw.
audit-goal-measurement = Waarde ingevoerd
audit-goal-approve = Waarde goedgekeurd
audit-goal-return = Waarde teruggestuurd
audit-goal-story = Verhaal achter de curve

## Step 5: agility (revision log)
revision-note-legend = Waarom verandert dit?
revision-note-hint = De agenda mag bewegen, maar elke bijstelling wordt vastgelegd met de reden en, als die er is, het besluit waarop ze rust. Zo blijft te volgen waarom een doel of maatregel anders is geworden.
field-change-reason = Reden van de wijziging
hint-reason = Bijvoorbeeld: "Streefwaarde in 2025 al gehaald; stuurgroep legt de lat hoger."
hint-reason-vision = Waarom verandert de visie? Dit komt in het wijzigingslogboek.
field-revision-decision = Besluit waarop de wijziging rust (niet verplicht)
error-reason-required = Geef aan waarom dit verandert.
error-decision-unknown = Kies een besluit uit de lijst.
revisions-title = Wijzigingen in de agenda
revisions-intro = Elke bijstelling van de visie, een doel of een maatregel: wat er veranderde, waarom, wanneer en op grond van welk besluit.
revisions-years = Wijzigingen per jaar
revisions-all-years = Alle jaren
revisions-empty = Er is nog niets bijgesteld. Wijzigt u een doel, maatregel of de visie, dan vraagt WijkWijzer om de reden en verschijnt de wijziging hier.
revisions-link = Wijzigingen
revision-subject-visie = Visie
revision-subject-doel = Doel
revision-subject-maatregel = Maatregel
revision-reason = Reden
revision-by-decision = besluit { $decision }
revision-show-texts = Oude en nieuwe tekst
revision-change-raised = { $field } verhoogd van { $before } naar { $after }
revision-change-lowered = { $field } verlaagd van { $before } naar { $after }
revision-change-changed = { $field } gewijzigd van { $before } naar { $after }
revision-change-set = { $field } vastgelegd: { $after }
revision-change-cleared = { $field } weggehaald (was { $before })
revision-change-long = { $field } herschreven
revision-field-title = Titel
revision-field-themes = Thema's
revision-field-description = Beschrijving
revision-field-indicator = Indicator
revision-field-baseline = Nulmeting
revision-field-baseline-period = Periode van de nulmeting
revision-field-target = Doelwaarde
revision-field-target-year = Doeljaar
revision-field-milestones = Tussendoelen
revision-field-goals = Doelen
revision-field-owner = Eigenaar
revision-field-partners = Partners
revision-field-starts-on = Start
revision-field-ends-on = Einde
revision-field-status = Status
revision-field-plan = Uitvoeringsplan
revision-field-vision = Visie
revisions-of-goal = Bijstellingen van dit doel
revisions-of-measure = Bijstellingen van deze maatregel
revisions-none-here = Hier is nog niets aan bijgesteld.
rba-title = Resultaten
rba-intro = Wat levert de maatregel op? Drie vragen, elk met eigen cijfers: hoeveel deden we, hoe goed deden we het, en is iemand er beter van geworden? Alleen de derde zegt iets over resultaat; de eerste twee gaan over inspanning.
rba-empty = Nog geen resultaten vastgelegd.
rba-none-of-kind = Nog geen cijfers bij deze vraag.
rba-new = Resultaat toevoegen
rba-edit = Wijzig { $what }
rba-hoeveel = Hoeveel deden we?
rba-hoe-goed = Hoe goed deden we het?
rba-beter-af = Is iemand er beter van geworden?
field-result-kind = Welke vraag beantwoordt dit cijfer?
field-result-label = Wat is geteld
hint-result-label = Bijvoorbeeld: "huishoudens met een keukentafelgesprek" of "deelnemers dat na een jaar nog werk heeft".
field-result-value = Waarde
field-result-unit = Eenheid
hint-result-unit = Bijvoorbeeld: aantal, %, weken.
line-form-title-resultaten = Resultaat
line-delete-title-resultaten = Resultaat van “{ $title }” verwijderen?
audit-measure-result = Resultaten gewijzigd
successes-title = Successen en mijlpalen
successes-intro = Een wijkaanpak duurt een generatie. Leg vast wat bereikt is en wat te vieren valt, met de datum: het houdt de coalitie op gang en het komt in de voortgangsrapportage.
successes-empty = Nog geen successen of mijlpalen vastgelegd.
successes-link = Successen en mijlpalen
success-kind-mijlpaal = Mijlpaal
success-kind-succes = Succes
success-new = Succes of mijlpaal vastleggen
success-edit-title = Succes of mijlpaal wijzigen
success-create-submit = Vastleggen
success-edit = Wijzig “{ $title }”
success-delete = Verwijder “{ $title }”
success-delete-title = “{ $title }” verwijderen?
success-delete-text = Het succes of de mijlpaal verdwijnt uit de lijst en uit toekomstige rapportages. In de geschiedenis blijft staan dat het er was.
success-delete-submit = Verwijderen
success-no-goal = Geen doel
success-no-measure = Geen maatregel
field-success-kind = Soort
field-success-title = Wat is er bereikt?
hint-success-title = Bijvoorbeeld: "Eerste buurtkamer open in Bloemhof".
field-happened-on = Datum
field-goal = Hoort bij doel
field-measure = Hoort bij maatregel
audit-success-create = Succes vastgelegd
audit-success-update = Succes gewijzigd
audit-success-delete = Succes verwijderd
report-title = Voortgangsrapportage { $year }: { $programme }
report-generated = Gemaakt met WijkWijzer op { $date }, uit wat de coalitie vastlegde.
report-toc = Inhoud
report-summary = Samenvatting
report-results = Resultaten per thema
report-results-intro = Eerst de resultaten: elk doel tegen de lijn van nulmeting naar streefwaarde, met de cijfers tot en met dit jaar en het verhaal achter de curve.
report-measures = Maatregelen en toezeggingen
report-measures-intro = Daarna de inspanning: de maatregelen die dit jaar liepen, met hun status en resultaten, en wat de partijen toezegden en leverden.
report-measure = Maatregel
report-no-measures = Er liepen dit jaar geen maatregelen.
report-results-of = Resultaten { $year }
report-finance = Geld in { $year }: begroot en besteed per bron
report-no-money = Voor { $year } is geen geld begroot.
report-preconditions = Randvoorwaarden: de laatste peiling
report-no-round = Er is nog geen peiling van de randvoorwaarden gehouden.
report-revisions = Bijstellingen in { $year }
report-no-revisions = In { $year } is de agenda niet bijgesteld.
report-successes = Successen en mijlpalen in { $year }
report-no-successes = Voor { $year } zijn geen successen of mijlpalen vastgelegd.
report-successes-count = { $count ->
    [one] 1 succes of mijlpaal
   *[other] { $count } successen en mijlpalen
}
report-commitments-met = { $met } van { $total } toezeggingen volledig nagekomen.
report-money = { $planned } begroot en { $spent } besteed in { $year }.
report-sources = Bronnen
report-sources-intro = De cijfers in deze rapportage komen uit:
report-made-by = Deze rapportage is gegenereerd door WijkWijzer uit de gegevens van het programma; niets is met de hand overgetypt.
cli-error-report-format = Onbekend formaat “{ $value }”: kies pdf, html of typst.
cli-error-report-year = Jaar { $value } valt buiten 1990–2100.
cli-error-report-lang = Onbekende taal “{ $value }”: kies nl of en.
cli-error-report-programme = Er is geen programma met nummer { $id }.
cli-error-report-pdf = De PDF kon niet worden gemaakt: { $detail }
cli-error-report-write = Kan { $path } niet schrijven: { $detail }
cli-report-written = Rapportage geschreven naar { $path } ({ $size } kB).
notice-report-published = De rapportage is gepubliceerd. Iedereen kan haar nu lezen, ook zonder in te loggen.
notice-report-already-published = Dit jaar was al gepubliceerd; de gepubliceerde versie is ongewijzigd gebleven.
notice-report-unpublished = De rapportage is ingetrokken en niet meer openbaar.
reports-title = Voortgangsrapportages
reports-link = Voortgangsrapportages
reports-intro-members = Per jaar een rapportage, gemaakt uit wat de coalitie vastlegde: eerst de resultaten, dan de inspanning. U ziet het concept zoals het er nu voor staat; een beheerder publiceert een jaar, en dan staat die versie vast.
reports-intro-public = De gepubliceerde voortgangsrapportages van deze wijkaanpak, per jaar.
reports-empty = Er zijn nog geen rapportages gepubliceerd.
reports-state = Stand
reports-draft = Concept, niet gepubliceerd
reports-published-on = Gepubliceerd op { $date }
reports-read = Rapportage { $year } lezen
reports-pdf = Rapportage { $year } als PDF
report-draft-badge = Concept: zo ziet de rapportage er nu uit. Alleen leden zien dit.
report-see-published = Bekijk de gepubliceerde versie
report-working-badge = Werkversie: zo zou de rapportage er nu uitzien. De gepubliceerde versie blijft ongewijzigd; alleen leden zien deze werkversie.
report-published-badge = Gepubliceerde versie, vastgelegd op { $date }. Iedereen kan haar lezen.
report-see-working = Bekijk de werkversie met de cijfers van nu
report-publish-title = Rapportage { $year } publiceren?
report-download-pdf = Download als PDF
report-publish = Rapportage { $year } publiceren
report-publish-hint = Publiceren legt deze versie vast, met de PDF. Latere wijzigingen veranderen de gepubliceerde versie niet; trek haar in om opnieuw te publiceren.
report-unpublish = Publicatie intrekken
report-unpublish-title = Rapportage { $year } intrekken?
report-unpublish-text = De rapportage is dan niet meer openbaar. U kunt het jaar daarna opnieuw publiceren, met de gegevens van dat moment.
report-unpublish-submit = Intrekken
audit-report-publish = Rapportage gepubliceerd
audit-report-unpublish = Rapportage ingetrokken
cli-error-backup-exists = { $path } bestaat al; kies een nieuwe bestandsnaam.
cli-error-backup-postgres = Deze opdracht is voor de ingebouwde SQLite-database. Maak van PostgreSQL een back-up met pg_dump (zie docs/OPERATIONS.md).
cli-error-backup = De back-up naar { $path } is mislukt: { $detail }
cli-backup-written = Back-up geschreven naar { $path } ({ $size } kB), een consistente kopie van { $url }.
cli-error-restore-not-a-backup = { $path } is geen intacte WijkWijzer-database; er is niets veranderd.
cli-error-restore-exists = Er staat al een database in { $path }. Gebruik --force om haar te vervangen (de huidige blijft ernaast bewaard).
cli-restored = Back-up { $from } teruggezet in { $path }.
cli-restore-kept = De vervangen database is bewaard als { $path }.

## Privacy (AVG)
nav-privacy = Privacy (AVG)
privacy-title = Verzoeken over persoonsgegevens (AVG)
privacy-intro = Zoek alles wat WijkWijzer over één persoon bewaart: op e-mailadres (het account, contactpersonen met dat adres en wat het account vastlegde) en op naam (contactpersonen, zetels in overleggen, ingediend door). Geef de gegevens mee bij een inzageverzoek of verwijder ze bij een verwijderverzoek.
field-person-name = Volledige naam
hint-person-email = Het adres waarmee de persoon een account heeft of als contactpersoon is vastgelegd.
hint-person-name = Precies zoals ingevoerd, minstens 3 tekens; hoofdletters tellen niet mee.
privacy-search = Zoeken
privacy-found = Gevonden gegevens
privacy-none = Niets gevonden over deze persoon.
privacy-account = Account
privacy-no-account = Geen account met dit e-mailadres.
privacy-memberships = Rollen
privacy-parties = Werkt voor partij
privacy-tokens = API-tokens
privacy-logins = Inlogpogingen bewaard
privacy-contacts = Contactpersoon bij
privacy-proposals = Contactgegevens bij een voorstel voor het wijkbudget
privacy-seats = Zetels in overleggen
privacy-stories = Verhalen vastgelegd door dit account
privacy-authored = Vermeld als auteur of indiener
privacy-actions = { $count } handelingen in de geschiedenis
privacy-export = Gegevens downloaden (JSON)
privacy-erase = Gegevens verwijderen…
privacy-erase-title = Gegevens van deze persoon verwijderen?
privacy-erase-text = Het account wordt geanonimiseerd en geblokkeerd, contactgegevens worden verwijderd, de naam verdwijnt uit zetels, auteursvelden en de geschiedenis. Wat de wijkaanpak besloot en mat blijft staan. Dit kan niet ongedaan worden gemaakt.
privacy-erase-submit = Definitief verwijderen
privacy-erased-title = De gegevens zijn verwijderd.
privacy-erased-account = Het account is geanonimiseerd en geblokkeerd.
privacy-erased-no-account = Er was geen account.
privacy-erased-contacts = { $count } contactgegevens verwijderd.
privacy-erased-proposals = Contactgegevens verwijderd bij { $count } { $count ->
    [one] voorstel
   *[other] voorstellen
} voor het wijkbudget.
privacy-erased-seats = { $count } zetels geanonimiseerd.
privacy-erased-labels = { $count } auteursvelden vervangen.
privacy-erased-audit = { $count } regels in de geschiedenis opgeschoond.
error-privacy-who = Vul een e-mailadres of een naam in.
error-privacy-self = U kunt het account waarmee u bent ingelogd niet verwijderen.
error-too-short = Gebruik minstens { $min } tekens.
party-retention = Deze partij doet niet meer mee. Haar contactgegevens worden op { $date } verwijderd (bewaartermijn { $months } maanden na vertrek).
yes = Ja
no = Nee

## Two-step verification
login-code-title = Code uit uw app
login-code-intro = Uw wachtwoord klopt. Typ de code van zes cijfers die uw authenticator-app nu toont, of een van uw herstelcodes.
login-code-submit = Bevestigen
login-code-restart = Opnieuw inloggen
field-code = Code
hint-code = Zes cijfers uit de app, of een herstelcode (bijvoorbeeld abcde-fghjk).
hint-code-enrol = De zes cijfers die de app nu toont.
error-code-wrong = Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer de code die de app nu toont.
error-code-used = Deze code is al gebruikt. Wacht op de volgende code in de app.
error-code-wait = Te veel verkeerde codes. Probeer het over { $minutes } minuten opnieuw.
error-second-factor-required = Voor uw account is tweestapsverificatie verplicht; u kunt haar niet uitzetten.
enrol-title = Tweestapsverificatie instellen
enrol-required-intro = Voor uw account is tweestapsverificatie verplicht. Stel haar eenmalig in; daarna vraagt WijkWijzer bij het inloggen na uw wachtwoord om een code uit de app.
enrol-step-app = Installeer een authenticator-app op uw telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.
enrol-step-scan = Scan deze QR-code met de app.
enrol-step-key = Lukt scannen niet? Voer dan deze sleutel in:
enrol-step-code = Typ hieronder de code van zes cijfers die de app toont.
enrol-qr-label = QR-code om WijkWijzer aan uw authenticator-app toe te voegen
recovery-codes-title = Uw herstelcodes
recovery-codes-once = Bewaar deze tien codes op een veilige plek, bijvoorbeeld afgedrukt of in een wachtwoordkluis. Ze worden maar één keer getoond.
recovery-codes-use = Kwijt of geen telefoon bij de hand? Typ dan bij het inloggen een herstelcode in plaats van de code uit de app. Elke herstelcode werkt één keer.
recovery-codes-done = Ik heb de codes bewaard, verder
recovery-codes-new = Nieuwe herstelcodes maken
recovery-codes-left = { $count ->
    [one] U hebt nog één herstelcode.
   *[other] U hebt nog { $count } herstelcodes.
}
second-factor-title = Tweestapsverificatie
second-factor-intro = Met tweestapsverificatie vraagt WijkWijzer na uw wachtwoord om een code uit een app op uw telefoon. Wie uw wachtwoord kent, komt dan nog niet binnen.
second-factor-on-since = Tweestapsverificatie staat aan sinds { $date }.
second-factor-off = Tweestapsverificatie staat uit.
second-factor-turn-on = Tweestapsverificatie aanzetten
second-factor-turn-off = Tweestapsverificatie uitzetten
second-factor-required-here = Voor uw account is tweestapsverificatie verplicht. Telefoon kwijt? Log in met een herstelcode en vraag een sitebeheerder de tweestapsverificatie opnieuw in te laten stellen.
second-factor-manage = Tweestapsverificatie beheren
notice-login-expired = Uw inlogpoging is verlopen of al afgerond. Log opnieuw in.
notice-second-factor-off = Tweestapsverificatie staat nu uit.
field-reset-second-factor = Tweestapsverificatie opnieuw laten instellen (bij een verloren telefoon)

## E-mail
mail-greeting = Beste { $name },
mail-closing = Met vriendelijke groet, WijkWijzer
mail-reset-subject = Nieuw wachtwoord voor WijkWijzer
mail-reset-why = Iemand heeft gevraagd om een nieuw wachtwoord voor uw account bij WijkWijzer. Was u dat niet? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.
mail-reset-once = De link hieronder werkt één keer en een uur lang.
mail-reset-action = Kies een nieuw wachtwoord
mail-invitation-subject = Uw account bij WijkWijzer
mail-invitation-why = { $inviter } heeft een account voor u aangemaakt bij WijkWijzer, waarmee gemeente, partners en bewoners samen een wijkaanpak uitvoeren.
mail-invitation-once = Kies zelf uw wachtwoord via de link hieronder. De link werkt één keer en zeven dagen lang.
mail-invitation-action = Kies uw wachtwoord
mail-test-subject = Testbericht van WijkWijzer
mail-test-greeting = Hallo,
mail-test-body = Dit is een testbericht. Komt het aan, dan kan WijkWijzer e-mail versturen.
mail-test-action = WijkWijzer openen
forgotten-title = Wachtwoord vergeten
forgotten-intro = Vul het e-mailadres van uw account in. U krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.
forgotten-submit = Stuur mij een link
forgotten-sent = Als er een account is met dit e-mailadres, is er nu een e-mail naartoe gestuurd met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en een uur lang. Geen e-mail gekregen? Kijk ook bij de ongewenste e-mail.
forgotten-back = Terug naar inloggen
forgotten-no-mail = WijkWijzer verstuurt hier geen e-mail. Vraag een sitebeheerder om een nieuw wachtwoord voor uw account.
forgotten-link = Wachtwoord vergeten?
choose-title-reset = Nieuw wachtwoord kiezen
choose-title-invitation = Kies uw wachtwoord
choose-for = Voor het account { $email }.
choose-submit = Wachtwoord opslaan en inloggen
choose-dead-title = Deze link werkt niet meer
choose-dead = De link is al gebruikt, verlopen, of het account is geblokkeerd. Vraag zo nodig een nieuwe link aan.
hint-password-or-invite = Minstens 12 tekens. Laat leeg om een uitnodiging per e-mail te sturen: de persoon kiest dan zelf een wachtwoord.
notice-invited = De uitnodiging is verstuurd.
notice-password-chosen = Uw wachtwoord is opgeslagen en u bent ingelogd.
cli-mail-sent = Testbericht aan { $to } verstuurd. De mailserver antwoordde: { $answer }
cli-mail-failed = Testbericht aan { $to } niet verstuurd: { $detail }
cli-mail-not-configured = Er is geen mailserver ingesteld: zet mail_url in wijkwijzer.toml (of WIJKWIJZER_MAIL_URL), bijvoorbeeld smtp://wijkwijzer@smtp.gemeente.nl:587?tls=required.
cli-mail-bad-address = { $to } is geen geldig e-mailadres.
outbox-title = E-mail
outbox-not-configured = Er is geen mailserver ingesteld (mail_url): berichten blijven hier wachten tot er een is.
outbox-empty = Er is nog geen e-mail verstuurd.
outbox-count = { $count ->
    [one] { $count } bericht
   *[other] { $count } berichten
}
outbox-to = Aan
outbox-subject = Onderwerp
outbox-attempts = Pogingen
outbox-actions = Acties
outbox-retry = Opnieuw versturen
outbox-status-wachtend = Wacht op verzending
outbox-status-bezig = Wordt verstuurd
outbox-status-verzonden = Verzonden
outbox-status-onbekend = Onbekend: de verzender stopte tijdens het versturen; misschien is het aangekomen
outbox-status-mislukt = Mislukt
notice-mail-retry = Het bericht wordt opnieuw verstuurd.
nav-mail = E-mail
outbox-link = Verstuurde e-mail (uitnodigingen, wachtwoordlinks)

## Notifications
notify-ter-beoordeling-subject = Waarde wacht op uw beoordeling: { $goal }
notify-ter-beoordeling-body = { $by } heeft voor { $year } de waarde { $value } ingevuld bij het doel "{ $goal }" van { $programme }. Keur de waarde goed of stuur haar terug met een opmerking.
notify-teruggestuurd-subject = Uw waarde is teruggestuurd: { $goal }
notify-teruggestuurd-body = De waarde { $value } voor { $year } bij het doel "{ $goal }" van { $programme } is teruggestuurd met deze opmerking: { $remark }
notify-peiling-open-subject = Uw oordeel gevraagd: { $name }
notify-peiling-open-body = { $programme } vraagt uw oordeel over de zeven randvoorwaarden in de peiling "{ $name }". Het invullen kost een paar minuten.
notify-peiling-sluit-subject = De peiling sluit op { $date }
notify-peiling-sluit-body = De peiling van { $programme } sluit op { $date } en uw oordeel ontbreekt nog.
notify-overleg-stil-subject = Geen besluit meer sinds een halfjaar: { $name }
notify-overleg-stil-body = Het overleg "{ $name }" van { $programme } heeft sinds { $date } geen besluit genomen. Is het nog nodig, of moet het anders?
notify-geld-stopt-subject = Het geld stopt dit jaar: { $name }
notify-geld-stopt-body = Voor de maatregel "{ $name }" van { $programme } is na { $year } geen geld begroot, terwijl de maatregel doorloopt.
notify-action = Bekijk het in WijkWijzer
notify-why = U krijgt dit bericht omdat u bij deze wijkaanpak betrokken bent. Kies op uw accountpagina hoe vaak u meldingen wilt krijgen: { $link }
notify-digest-subject = { $count ->
    [one] Weekoverzicht van WijkWijzer: één melding
   *[other] Weekoverzicht van WijkWijzer: { $count } meldingen
}
notifications-title = Meldingen per e-mail
notifications-intro = Kies per soort melding hoe vaak u een e-mail wilt krijgen.
notifications-save = Keuzes opslaan
notifications-no-mail = WijkWijzer verstuurt hier (nog) geen e-mail; uw keuzes gelden zodra dat wel zo is.
notification-kind-ter-beoordeling = Een waarde wacht op mijn beoordeling
notification-kind-teruggestuurd = Een waarde van mij is teruggestuurd
notification-kind-peiling-open = Een peiling van de randvoorwaarden is geopend
notification-kind-peiling-sluit = Een peiling sluit over drie dagen en ik heb nog niet geantwoord
notification-kind-overleg-stil = Een overleg nam een halfjaar geen besluit
notification-kind-geld-stopt = Het geld van een maatregel stopt dit jaar
frequency-direct = Meteen
frequency-week = Wekelijks overzicht
frequency-nooit = Nooit
notice-notifications-saved = Uw keuzes voor meldingen zijn opgeslagen.
field-closes-on = Sluit op (gepland)
hint-closes-on = Niet verplicht. Wie nog niet heeft geantwoord, krijgt drie dagen ervoor een herinnering. Bijvoorbeeld 15-12-2026.
error-date-past = Deze datum is al voorbij.
error-closes-before-opening = De peiling kan niet sluiten voordat ze opent.
precondition-closes = sluit op { $date }

# Inloggen via een identiteitsprovider (OpenID Connect)
login-with = Inloggen met { $provider }
login-providers-title = Met het account van uw organisatie
login-password-title = Of met e-mailadres en wachtwoord
login-password-off = Inloggen met een wachtwoord staat uit. Log in met het account van uw organisatie.
login-oidc-unreachable = { $provider } is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.
login-oidc-refused = { $provider } heeft de inlogpoging niet aanvaard (misschien duurde het te lang). Probeer het opnieuw.
login-oidc-invalid = Het antwoord van { $provider } kon niet worden gecontroleerd. U bent niet ingelogd. Probeer het opnieuw; gebeurt dit vaker, meld het dan aan de beheerder.
login-oidc-expired = Deze inlogpoging is verlopen of al gebruikt. Kies opnieuw "Inloggen met { $provider }".
login-oidc-cancelled = Het inloggen bij { $provider } is afgebroken. U bent niet ingelogd.
login-oidc-blocked = Uw account in WijkWijzer is geblokkeerd. Neem contact op met de beheerder.
login-oidc-no-account = U bent bij { $provider } bekend, maar heeft nog geen account in WijkWijzer. Vraag de procesregisseur of beheerder u toe te voegen.
login-oidc-address-taken = Er bestaat al een WijkWijzer-account met uw e-mailadres. Het kan niet automatisch aan { $provider } worden gekoppeld; vraag de beheerder dat te doen.
login-oidc-no-address = { $provider } gaf geen e-mailadres door, en dat is nodig voor een account. Vraag de beheerder de instellingen na te kijken.
audit-user-oidc-link = Account gekoppeld aan inloggen via organisatie
user-signs-in = Inloggen
user-signs-in-provider = via { $provider } (geen wachtwoord in WijkWijzer)
user-signs-in-password = met e-mailadres en wachtwoord
error-password-provider = Dit account logt in via de organisatie en krijgt geen wachtwoord.

## Ophalen bij StatLine en PDOK (wijkwijzer fetch, /beheer/import)
import-error-v4-measure = { $file }, waarneming { $row }: maat '{ $value }' staat niet in MeasureCodes van de tabel
import-error-v4-twice = { $file }, waarneming { $row }: maat { $column } heeft voor dit gebied en deze periode al een cijfer ({ $value })
fetch-error-at-page = Pagina { $page } kon niet gelezen worden: { $reason } Er is niets opgeslagen; de vorige cijfers blijven staan.
fetch-error-offline = { $host } is niet bereikbaar. Is deze computer met internet verbonden? In een afgeschermd netwerk: stel bij [sources] een interne kopie in. ({ $detail })
fetch-error-timeout = { $host } antwoordde niet op tijd ({ $url }).
fetch-error-dropped = de verbinding met { $host } viel weg tijdens het lezen ({ $url }).
fetch-error-status = { $host } antwoordde met foutcode { $detail } ({ $url }).
fetch-error-not-found = { $host } kent deze tabel of dit adres niet ({ $url }). Controleer het tabelnummer en de bron (cbs, cbs-v4 of rivm).
fetch-error-malformed = het antwoord van { $host } is geen leesbare JSON van StatLine of PDOK ({ $detail }).
fetch-error-too-large = het antwoord van { $host } is te groot ({ $detail } bytes).
fetch-error-too-many-pages = { $host } blijft pagina's sturen; na { $page } pagina's is gestopt.
fetch-error-next-link = de volgende pagina ligt op een ander adres ({ $url }) dan de dienst; die wordt niet gevolgd.
fetch-error-empty = de dienst gaf voor deze selectie ({ $detail }) geen cijfers. Kies een ander niveau, een andere gemeente of periode.
fetch-error-client = de HTTP-verbinding kon niet worden opgezet ({ $detail }).
fetch-error-level = '{ $value }' is geen niveau; kies buurt, wijk of gemeente.
fetch-error-municipality = '{ $value }' is geen gemeentecode; gebruik GM gevolgd door vier cijfers, bijvoorbeeld GM0599.
fetch-error-period = '{ $value }' is geen periode; gebruik bijvoorbeeld 2024, 2024-Q3 of 2024JJ00.
fetch-error-table = '{ $value }' is geen StatLine-tabelnummer, zoals 85984NED of 50090NED.
fetch-error-source = '{ $value }' is geen bron; kies cbs (OData v3), cbs-v4 (OData v4) of rivm.
fetch-error-year = { $value } is geen jaar van de wijk- en buurtkaart.
cli-fetch-asking = { $table } opvragen…
cli-fetch-page = pagina { $page }, { $records } records
cli-fetch-storing = opslaan…
cli-fetch-unchanged = { $table } is niet gewijzigd sinds de vorige keer ophalen (stand { $modified }); niets opgehaald. Gebruik --force om toch op te halen.
cli-fetch-done = Opgehaald: { $pages ->
    [one] 1 pagina
   *[other] { $pages } pagina's
}, { $values } waarden in { $seconds } s; in één keer opgeslagen.
cli-fetch-failed = { $table } niet opgehaald.
fetch-title = Ophalen bij StatLine en PDOK
fetch-intro = Haal een tabel van het CBS of het RIVM op zonder bestanden te downloaden, of de wijk- en buurtkaart van PDOK. Alles wordt eerst gelezen en gecontroleerd en daarna in één keer opgeslagen; mislukt het ophalen, dan blijven de vorige cijfers staan.
fetch-back-to-import = ← Terug naar importeren
fetch-back = ← Terug naar ophalen
fetch-now-title = Nu ophalen
fetch-force = Ook ophalen als de tabel niet is gewijzigd sinds de vorige keer
fetch-submit = Ophalen
fetch-runs-title = Logboek van ophalen en controleren
fetch-runs-empty = Er is nog niets opgehaald.
fetch-col-table = Tabel
fetch-col-selection = Selectie
fetch-col-outcome = Uitkomst
fetch-col-version = Stand bij de bron
fetch-values-pages = { $values } waarden, { $pages ->
    [one] 1 pagina
   *[other] { $pages } pagina's
}
fetch-kept-title = Tabellen die actueel worden gehouden
fetch-kept-intro = WijkWijzer kijkt regelmatig of StatLine een nieuwere stand van deze tabellen heeft en haalt alleen een nieuwere stand op. Elke controle staat in het logboek.
fetch-kept-empty = Er worden nog geen tabellen actueel gehouden.
fetch-col-every = Controle
fetch-col-last = Laatste controle
fetch-col-next = Volgende controle
fetch-every-days = { $count ->
    [one] elke dag
   *[other] elke { $count } dagen
}
fetch-not-yet = nog niet gecontroleerd
fetch-unkeep-link = { $table } niet meer bijhouden
fetch-keep-title = Een tabel actueel houden
fetch-keep-submit = Actueel houden
field-dagen = Controleren om de hoeveel dagen
fetch-days-hint = 1 tot 366; 7 is elke week.
field-fetch-tabel = Tabel
fetch-table-hint = Het tabelnummer van StatLine, zoals 85984NED (Kerncijfers wijken en buurten 2024) of 50090NED (Gezondheidsmonitor, RIVM). Voor de wijk- en buurtkaart: het jaar, zoals 2024.
field-bron = Bron
field-gemeenten = Gemeenten
field-perioden = Perioden
fetch-municipalities-hint = Gemeentecodes gescheiden door komma's, zoals GM0599, GM0363. Leeg: heel Nederland.
fetch-periods-hint = Zoals 2020 of 2020, 2016. Leeg: alle perioden van de tabel.
fetch-source-auto = Automatisch (RIVM-tabellen bij het RIVM)
fetch-source-cbs = CBS, OData v3
fetch-source-cbs-v4 = CBS, OData v4
fetch-source-rivm = RIVM StatLine
fetch-source-pdok = Wijk- en buurtkaart (PDOK)
fetch-level-all = Alle niveaus van de tabel
fetch-outcome-bezig = Bezig
fetch-outcome-opgehaald = Opgehaald
fetch-outcome-ongewijzigd = Ongewijzigd
fetch-outcome-mislukt = Mislukt
fetch-whole-table = hele tabel
fetch-form-busy = Deze tabel wordt met deze selectie al opgehaald. Wacht tot het logboek de uitkomst toont.
fetch-form-days = Vul een aantal dagen in van 1 tot 366.
fetch-form-keep-boundaries = De wijk- en buurtkaart wordt niet automatisch ververst; haal een nieuw jaar op wanneer het verschijnt.
fetch-form-kept-already = Deze tabel wordt met deze selectie al actueel gehouden.
fetch-unkeep-title = { $title } niet meer actueel houden?
fetch-unkeep-text = WijkWijzer controleert deze tabel dan niet meer. De opgehaalde cijfers en het logboek blijven staan.
fetch-unkeep-submit = Niet meer bijhouden
notice-fetch-started = Het ophalen is begonnen. Het logboek hieronder toont de uitkomst zodra het klaar is; ververs de pagina.
notice-fetch-kept = De tabel wordt actueel gehouden; de eerste controle volgt binnen een kwartier.
notice-fetch-unkept = De tabel wordt niet meer actueel gehouden.
audit-kept_table-create = Tabel actueel gehouden
audit-kept_table-delete = Tabel niet meer actueel gehouden
imports-fetch-title = Ophalen zonder bestanden
imports-fetch-text = Tabellen van CBS en RIVM en de wijk- en buurtkaart kunnen ook rechtstreeks bij StatLine en PDOK worden opgehaald, en op een schema actueel worden gehouden. Het logboek toont elke keer ophalen en controleren.
imports-fetch-link = Naar ophalen bij StatLine en PDOK
import-recognised = { $file }: herkend als { $table } ({ $source }) aan de kolommen.
import-not-catalogued = { $file }: de kolommen staan niet in de catalogus. De urgentiescan gebruikt ze pas als ze zijn ingedeeld (Beheer › Indicatoren, /beheer/indicatoren).
import-read-windows-1252 = { $file }: gelezen als Windows-1252 (zo bewaart Excel CSV), niet als UTF-8.
notice-imported-recognised = De bestanden zijn geïmporteerd en aan hun kolommen herkend; de tabel staat hieronder in de kolom Tabel.
notice-imported-not-catalogued = De bestanden zijn geïmporteerd, maar hun kolommen staan niet in de catalogus: de urgentiescan gebruikt ze pas als ze zijn ingedeeld onder Indicatoren.
cli-crosswalk-done = Gebiedsindeling { $from } → { $to }: { $areas } gebieden over { $new } nieuwe verdeeld (naar oppervlakte): { $unchanged } ongewijzigd, { $split } gesplitst, { $merged } samengevoegd, { $redrawn } hertekend, { $gone } niet op de nieuwe kaart.
cli-crosswalk-no-boundaries = Er zijn geen grenzen van gebiedsindeling { $year } voor { $areas }. Importeer of haal de wijk- en buurtkaart van dat jaar eerst op (wijkwijzer fetch --boundaries { $year }).
audit-crosswalk-create = Gebiedsindelingen op elkaar gelegd
area-layout = { $year } ({ $source })
area-layouts = Gebiedsindeling van deze cijfers: { $layouts }.
trend-other-layout = niet vergelijkbaar (gebiedsindeling { $year })
trend-carried = { $value } (omgerekend uit gebiedsindeling { $year }, naar oppervlakte)
figure-redivision = Streep in de grafiek: het gebied is na { $period } anders ingedeeld. Eerdere cijfers zijn naar oppervlakte omgerekend naar gebiedsindeling { $year }, een schatting, of staan als niet vergelijkbaar in de tabel.

## The programme area (the union of a programme's areas)
programme-area-title = Programmagebied
programme-area-link = Het programmagebied als geheel
programme-area-own = Programmagebied
programme-area-lead = { $count ->
    [one] Het gebied van dit programma:
   *[other] De { $count } gebieden van dit programma samen:
}
programme-area-method-title = Hoe de cijfers zijn samengenomen
programme-area-method = Een aantal (inwoners, woningen) is de som van de gebieden. Een percentage, gemiddelde of cijfer per inwoner is gewogen naar de basis die de catalogus ervoor noemt (inwoners, huishoudens of woningen van hetzelfde jaar uit dezelfde tabel): een gebied met meer inwoners telt zwaarder. Nooit het gewone gemiddelde van percentages. Ontbreekt het cijfer van één gebied, is het geheim, of is de basis niet bekend, dan staat het cijfer hieronder bij "Niet samengenomen", met de reden. De gezondheidscijfers van het RIVM zijn percentages van volwassenen (18 of 65 jaar en ouder); geen geïmporteerde tabel telt die per gebied, dus ze staan bij "Niet samengenomen". De GGD-cijfers van 2016 tellen hun volwassenen (19 jaar en ouder) zelf en worden daarnaar gewogen.
programme-area-intro = { $count ->
    [one] 1 cijfer van het programmagebied, per thema, naast de gemeente en Nederland.
   *[other] { $count } cijfers van het programmagebied, per thema, naast de gemeente en Nederland.
}
programme-area-empty = Er zijn nog geen cijfers die voor alle gebieden van het programma samen te nemen zijn.
programme-area-omitted-title = Niet samengenomen
programme-area-omitted-intro = { $count ->
    [one] Van 1 cijfer is geen waarde voor het hele programmagebied te geven:
   *[other] Van { $count } cijfers is geen waarde voor het hele programmagebied te geven:
}
programme-area-omitted-figure = Cijfer
programme-area-omitted-why = Waarom niet
union-left-not-published = Voor { $area } is dit cijfer niet gepubliceerd.
union-left-withheld = Het cijfer van { $area } is niet vrijgegeven ({ $symbol }).
union-left-no-basis = De catalogus noemt geen basis om dit cijfer mee te wegen; een gewoon gemiddelde zou misleiden.
union-left-basis-missing = De basis om mee te wegen ontbreekt voor { $area }.
union-left-layouts = De cijfers van de gebieden horen bij verschillende gebiedsindelingen.
programme-area-omitted-count = { $count ->
    [one] 1 cijfer
   *[other] { $count } cijfers
}
goal-measured-for = gemeten voor { $area }
error-goal-indicator-no-union = Dit cijfer is niet voor het hele programmagebied samen te nemen (de pagina Programmagebied zegt waarom). Kies één gebied of een ander cijfer.

## A gemeente's portfolio
portfolio-profile-link = Cijfers van de gemeente
portfolio-intro = { $count ->
    [one] 1 wijkaanpak van deze gemeente, met wat openbaar is.
   *[other] { $count } wijkaanpakken van deze gemeente naast elkaar, met wat elk openbaar maakt.
}
portfolio-map-title = De gebieden van de wijkaanpakken in { $name }
portfolio-side-by-side = De wijkaanpakken naast elkaar
portfolio-programme = Wijkaanpak en gebieden
portfolio-goals = Doelen
portfolio-round = Laatste peiling randvoorwaarden
portfolio-reports = Jaarverslagen
portfolio-not-public = niet openbaar
portfolio-no-goals = nog geen doelen
portfolio-reached = { $count } behaald
portfolio-on-course = { $count } op koers
portfolio-behind = { $count } achter
portfolio-unjudged = { $count } nog niet te beoordelen
portfolio-no-round = nog geen peiling
portfolio-weakest = laagst: { $precondition } (mediaan { $median })
portfolio-no-reports = nog geen
portfolio-money-hidden = { $count ->
    [one] Van 1 wijkaanpak is de agenda niet openbaar; het geld daarvan telt niet mee in de totalen.
   *[other] Van { $count } wijkaanpakken is de agenda niet openbaar; het geld daarvan telt niet mee in de totalen.
}
portfolio-money-title = Geld per bron en jaar
portfolio-money-intro = Gepland en besteed geld van de wijkaanpakken hierboven samen, per financieringsbron en jaar. Rijen en kolommen tellen op tot het totaal van de gemeente.
portfolio-no-money = Er is nog geen geld begroot.
portfolio-source = Bron
portfolio-spent = besteed { $amount }
judgement-better-significant = significant gunstiger
judgement-worse-significant = significant ongunstiger
judgement-within-margin = binnen de marge (niet significant)
figure-interval = 95%-interval: { $low } tot { $high }
figure-small-base = Klein gebied ({ $count } inwoners): het verschil is niet beoordeeld.
figure-no-margins = { $count ->
    [one] Van 1 vergeleken cijfer is geen marge (betrouwbaarheidsinterval) geïmporteerd: gunstiger en ongunstiger zeggen daar welke kant het verschil op gaat, niet of het significant is.
   *[other] Van { $count } vergeleken cijfers is geen marge (betrouwbaarheidsinterval) geïmporteerd: gunstiger en ongunstiger zeggen daar welke kant het verschil op gaat, niet of het significant is.
}
area-similar = Vergelijkbare gebieden
figure-similar = { $value } (mediaan van { $count })
similar-title = Vergelijkbare gebieden
similar-intro = De { $count } gebieden van hetzelfde niveau in Nederland die het meest op { $name } lijken in context — niet in de problemen die de scan weegt — op: { $features } (CBS { $table }, { $period }). Bij elk cijfer hierboven staat de mediaan van die gebieden.
similar-method-link = Hoe de vergelijkbare gebieden gekozen worden
similar-download = Download de lijst (CSV)
similar-download-xlsx = Download de lijst (Excel)
similar-list = { $count } vergelijkbare gebieden
similar-no-context = Vergelijkbare gebieden: op dit niveau zijn geen Kerncijfers wijken en buurten geïmporteerd (het meegeleverde uittreksel stopt bij wijken). Haal de tabel op via Beheer → Import → Ophalen om ze te tonen.
similar-missing = Vergelijkbare gebieden: van dit gebied ontbreekt een contextcijfer dat de andere gebieden hebben, dus het wordt niet vergeleken.
similar-too-few = Vergelijkbare gebieden: te weinig gebieden van dit niveau hebben alle contextcijfers.
similar-per-inhabitant = { $title } per inwoner
method-similar-title = Vergelijkbare gebieden
method-similar-what = Naast Nederland en de eigen gemeente zet een gebiedsprofiel elk cijfer naast de mediaan van de 50 gebieden van hetzelfde niveau (wijk, gemeente, en buurt zodra de Kerncijfers op buurtniveau zijn opgehaald) die in context het meest op het gebied lijken. Context is wat voor plek het is — hoe stedelijk, hoe groot, wat voor woningen, welke leeftijdsopbouw — en nooit een probleem dat de scan weegt, zoals inkomen, gezondheid of eenzaamheid: anders zouden gebieden met dezelfde problemen elkaar "normaal" laten lijken.
method-similar-how = Elk contextkenmerk wordt over alle gebieden van het niveau gestandaardiseerd (waarde min de mediaan, gedeeld door 1,4826 × de mediane absolute afwijking, zoals in de scan). De afstand tussen twee gebieden is de wortel uit het gemiddelde gekwadrateerde verschil van hun gestandaardiseerde kenmerken. De 50 dichtstbijzijnde zijn de vergelijkbare gebieden; bij gelijke afstand beslist de gebiedscode, zodat de lijst reproduceerbaar is. Een gebied dat een kenmerk mist, wordt niet op minder kenmerken vergeleken maar krijgt geen lijst. De lijst staat op het profiel en is als CSV te downloaden.
method-similar-features = De kenmerken komen uit de nieuwste Kerncijfers wijken en buurten die voor het niveau zijn geïmporteerd, voor zover die ze voor ten minste negen op de tien gebieden heeft: omgevingsadressendichtheid, bevolkingsdichtheid, aantal inwoners (logaritme: twee keer zo groot telt overal even zwaar), woningvoorraad per inwoner, koopwoningen, corporatiebezit, eengezinswoningen, kinderen tot 15 en 65-plussers per inwoner (catalogue/context.csv). Het meegeleverde uittreksel van 2024 heeft alleen dichtheid, inwoners en woningvoorraad.
method-similar-scan = Als referentie van de scan (keuze "vergelijkbare gebieden") wordt elk gebied per indicator vergeleken met de mediaan en spreiding van zijn eigen 50 vergelijkbare gebieden die dat cijfer hebben (minstens 5), in plaats van met alle gebieden van Nederland of de gemeente. Omdat vergelijkbare gebieden overal in het land liggen, rekent de scan dan landelijk en toont hij daarna de gebieden van de gekozen gemeente, met hun rang binnen die gemeente. Een gebied zonder vergelijkbare gebieden (een ontbrekend kenmerk), of waarvan te weinig vergelijkbare gebieden het cijfer hebben, wordt voor dat cijfer met Nederland vergeleken en krijgt daarvan een signaal. Voor buurten kan dit pas met een opgehaalde Kerncijfers-tabel tot buurtniveau.
method-margins-title = Marges en significantie
method-margins-text = RIVM publiceert bij zijn gezondheidscijfers een 95%-betrouwbaarheidsinterval (dimensie Marges: ondergrens MOG0095 en bovengrens MBG0095 naast de waarde MW00000). Is dat interval geïmporteerd, dan heet een verschil met Nederland of de gemeente pas "significant gunstiger" of "significant ongunstiger" als de intervallen elkaar niet overlappen (of, zonder interval van de vergelijking, als haar waarde buiten het interval van het gebied valt); anders "binnen de marge". De meegeleverde exports bevatten alleen de waarde: dan zegt de pagina dat er geen marge bekend is, en betekent gunstiger of ongunstiger alleen de richting. Marges worden nooit geschat. Zonder marge wordt een percentage van een gebied met minder dan 100 inwoners niet beoordeeld.
method-margins-scan = In de scan telt elk cijfer mee zoals het is, maar waar de marge van een cijfer bekend is en de referentie (de mediaan van Nederland of de gemeente) erbinnen valt, staat bij die reden "binnen de marge": het verschil is dan niet significant. In de JSON heeft zo'n bijdrage het veld within_margin (true of false); zonder geïmporteerde marges ontbreekt het veld.
method-union-title = Het programmagebied als geheel
field-goal-variant = Leeftijdsgroep
hint-goal-variant = Voor cijfers die per leeftijdsgroep verschijnen (zoals die van het RIVM). Kies niets voor de eerste: alle volwassenen.
goal-variant-first = Standaard (alle volwassenen)
field-variant = Leeftijdsgroep
trend-interval = { $value } (95%-interval { $low } tot { $high })

## Wijkbudget (issue 17)
field-amount = Bedrag
field-cost = Wat het kost
field-max-per-proposal = Hoogstens per voorstel
field-verdict = Oordeel
field-who-may-propose = Wie mag een voorstel doen
field-proposals-from = Voorstellen vanaf
field-assessment-from = Beoordeling vanaf
field-voting-from = Stemmen vanaf
field-results-from = Uitslag vanaf
field-execution-from = Uitvoering vanaf
error-proposal-cost-cap = Een voorstel mag hoogstens € { $max } kosten.
error-wijkbudget-date-order = Deze fase begint na de fase ervoor: kies een latere datum.
error-wijkbudget-max-above-amount = Het bedrag per voorstel kan niet hoger zijn dan het hele wijkbudget.
error-wijkbudget-themes = Kies minstens één thema waarvoor voorstellen mogen.
field-proposal-code = Code van de flyer
field-stemcode = Stemcode
field-codes-count = Aantal stemcodes
field-proposal-title = Uw voorstel in een paar woorden
field-proposal-description = Wat wilt u doen, en waarom?
field-proposal-theme = Waar gaat het over
field-proposal-area = In welke buurt
hint-proposal-code = De code staat op de flyer of de poster, bijvoorbeeld K7QM-2XPA.
hint-stemcode = Eén code per huishouden, van het briefje dat u kreeg, bijvoorbeeld K7QM-2XPA-4RTW.
hint-codes-label = Bijvoorbeeld de avond of de straat waar de codes worden uitgedeeld.
hint-wijkbudget-title = Bijvoorbeeld: Wijkbudget Bloemhof 2027.
hint-wijkbudget-description = Wat bewoners moeten weten: waarvoor het geld is en hoe het gaat.
hint-max-per-proposal = Leeg: een voorstel mag het hele bedrag kosten.
hint-who-may-propose = Bijvoorbeeld: bewoners, verenigingen en ondernemers van de wijk.
hint-wijkbudget-phases = Elke fase begint op de gekozen dag en loopt tot de volgende begint.
hint-wijkbudget-reason = Bewoners lezen deze reden bij hun voorstel.
hint-proposal-title = Kort, zodat buren het herkennen.
hint-proposal-description = Hoe meer u vertelt, hoe beter de gemeente het kan beoordelen.
hint-proposal-cost = In euro’s, hoogstens { $max }.
hint-proposal-contact = Niet verplicht. Alleen als u wilt dat we u kunnen bereiken over uw voorstel; het wordt niet gepubliceerd.
notice-proposal-saved = Dank u wel! Uw voorstel is binnen. Het wordt beoordeeld en daarna staat het hier met het oordeel.
wijkbudget-title = Wijkbudget
wijkbudget-intro = Bewoners bepalen zelf waaraan een deel van het geld wordt besteed: zij doen voorstellen, het programma beoordeelt of ze haalbaar zijn, en huishoudens stemmen. Wat gekozen wordt, wordt een maatregel.
wijkbudget-new = Nieuw wijkbudget
wijkbudget-edit = Wijkbudget wijzigen
wijkbudget-empty = Er is nog geen wijkbudget.
wijkbudget-phases = Fasen
wijkbudget-phase-now = Nu
wijkbudget-from = vanaf { $date }
wijkbudget-phase-binnenkort = Nog niet begonnen
wijkbudget-phase-voorstellen = Voorstellen indienen
wijkbudget-phase-beoordeling = Beoordeling
wijkbudget-phase-stemmen = Stemmen
wijkbudget-phase-uitslag = Uitslag
wijkbudget-phase-uitvoering = Uitvoering
wijkbudget-proposal-code = Code voor voorstellen
wijkbudget-proposal-code-intro = Zet deze code op flyers en posters: bewoners typen hem op /wijkbudget en doen een voorstel zonder account.
wijkbudget-proposals = Voorstellen
wijkbudget-no-proposals = Er zijn nog geen voorstellen.
wijkbudget-invented = Verzonnen voorbeeld
wijkbudget-contact = Contact
wijkbudget-feasible = Haalbaar
wijkbudget-not-feasible = Niet haalbaar
wijkbudget-not-assessed = Nog niet beoordeeld
wijkbudget-assess = Oordeel opslaan
wijkbudget-votes = { $count ->
    [one] 1 stem
   *[other] { $count } stemmen
}
wijkbudget-ballots = { $count ->
    [one] 1 huishouden heeft gestemd.
   *[other] { $count } huishoudens hebben gestemd.
}
wijkbudget-chosen = Gekozen
wijkbudget-did-not-fit = Past niet meer in het budget
wijkbudget-to-measure = Maak er een maatregel van
wijkbudget-measure-link = Naar de maatregel
wijkbudget-codes = Stemcodes
wijkbudget-codes-intro = Eén code per huishouden, op papier uitgedeeld. Elke code geeft één keer een stem; de stem zelf is geheim.
wijkbudget-no-codes = Er zijn nog geen stemcodes gemaakt.
wijkbudget-codes-made = Gemaakt
wijkbudget-codes-used = Gebruikt
wijkbudget-make-codes = Stemcodes maken
wijkbudget-codes-once = De codes worden maar één keer getoond: druk ze nu af. WijkWijzer bewaart ze niet leesbaar.
wijkbudget-slip = Stemmen over { $title }
wijkbudget-slip-how = Ga naar { $address } en typ deze code. Eén keer te gebruiken.
wijkbudget-back = Terug naar het wijkbudget
wijkbudget-enter-title = Wijkbudget: voorstel doen of stemmen
wijkbudget-enter-intro = U heeft geen account nodig. Met de code van de flyer ziet u het wijkbudget en doet u een voorstel; met de stemcode van uw huishouden stemt u.
wijkbudget-enter-propose = Een voorstel doen of bekijken
wijkbudget-enter-go = Naar het wijkbudget
wijkbudget-enter-vote = Stemmen
wijkbudget-enter-ballot = Naar het stembiljet
wijkbudget-propose = Doe een voorstel
wijkbudget-propose-intro = Iedereen die bij de regels hierboven past, mag een voorstel doen.
wijkbudget-contact-optional = Contactgegevens (mag u leeg laten)
wijkbudget-propose-submit = Voorstel insturen
wijkbudget-voting-now = Er wordt nu gestemd.
wijkbudget-ballot-title = Stembiljet
wijkbudget-ballot-intro = Kies de voorstellen die u wilt, samen hoogstens { $amount }.
wijkbudget-ballot-legend = Haalbare voorstellen
wijkbudget-ballot-submit = Stem uitbrengen
wijkbudget-see-budget = Naar het wijkbudget
wijkbudget-voted-title = Dank u wel voor uw stem
wijkbudget-voted-text = Uw stem is geteld. De code is nu gebruikt. De uitslag staat op de pagina van het wijkbudget zodra het stemmen voorbij is.
wijkbudget-code-used-title = Deze code is al gebruikt
wijkbudget-code-used-text = Met elke code kan één keer worden gestemd. Denkt u dat iemand anders uw code gebruikte? Neem contact op met het programma.
wijkbudget-not-voting-title = Nu kan er niet gestemd worden
wijkbudget-not-voting-text = Stemmen kan alleen in de stemfase. Kijk op de pagina van het wijkbudget wanneer die is.
error-wijkbudget-year-taken = Dit programma heeft al een wijkbudget voor dat jaar.
error-wijkbudget-amount-committed = Gekozen voorstellen zijn samen al meer dan dit bedrag.
error-wijkbudget-assessment-closed = Het stemmen is begonnen: het oordeel ligt vast.
error-wijkbudget-voting-over = Het stemmen is voorbij: er kunnen geen codes meer bij.
error-wijkbudget-not-chosen = Dit voorstel is niet gekozen.
error-wijkbudget-no-result-yet = Er is nog geen uitslag.
error-wijkbudget-already-measure = Dit voorstel is al een maatregel.
error-wijkbudget-code-unknown = Deze code kennen we niet. Kijk of u hem goed heeft overgetypt.
error-wijkbudget-vote-code-unknown = Deze stemcode kennen we niet. Kijk of u hem goed heeft overgetypt.
error-wijkbudget-proposals-closed = Voorstellen indienen kan nu niet meer.
error-codes-count = Kies een aantal van 1 tot { $max }.
error-ballot-empty = Kies minstens één voorstel.
error-ballot-unknown = Een van de gekozen voorstellen staat niet op het stembiljet.
error-ballot-over = U koos voor { $total }; dat is meer dan het wijkbudget van { $amount }. Haal een voorstel weg.
field-voorstel = Voorstellen
error-wijkbudget-stale = Iemand anders wijzigde dit wijkbudget intussen. Uw invoer staat er nog; open het wijkbudget opnieuw om te zien wat er veranderde.
residents-code-title = Bewoners zonder account
residents-code-intro = Met deze code zetten bewoners een punt op de bewonersagenda en lezen ze het tegenbod, zonder account. Wat zij insturen is pas openbaar als u het publiceert.
residents-code-make = Maak een code voor bewoners
residents-code-anonymous = Een bewoner (via de code)
residents-public-intro = Wat bewoners op de agenda zetten, met het antwoord van de gemeente (het tegenbod). U heeft geen account nodig om een punt in te sturen.
residents-public-items = Punten op de agenda
residents-public-empty = Er staan nog geen openbare punten op de agenda.
residents-public-new = Een punt insturen
residents-public-new-intro = Het programma leest uw punt eerst; daarna komt het hier te staan, met het tegenbod.
hint-residents-code-by = Uw naam of die van uw bewonersgroep. Mag leeg: dan staat er "Een bewoner".
notice-agenda-item-received = Dank u wel. Uw punt is binnen; het programma bekijkt het voordat het hier openbaar wordt.

## Documents (issue 17 item 3)
documents-title = Documenten
documents-none = Nog geen documenten.
document-add-title = Document toevoegen
document-add-submit = Document toevoegen
document-remove = { $title } verwijderen
document-owner-programma = Bij het programma
document-owner-vergadering = Bij de vergadering
document-owner-besluit = Bij het besluit
document-owner-maatregel = Bij de maatregel
document-owner-waarde = Als bewijs bij de waarde
document-owner-voorstel = Bij het voorstel
field-document-title = Titel
hint-document-title = Bijvoorbeeld “Verslag stuurgroep 12 maart”. Leeg: de bestandsnaam.
field-document-file = Bestand
hint-document-file = Pdf, Word, Excel, PowerPoint, OpenDocument of een foto (png, jpg, webp); hoogstens { $max } MB.
field-document-document-title = Titel
field-document-document-file = Bestand
error-document-missing = Kies een bestand.
error-document-too-large = Het bestand is groter dan { $max } MB. Er is niets opgeslagen; verklein het bestand (bijvoorbeeld als pdf) of verdeel het.
error-document-kind = Dit soort bestand kan niet worden bewaard: alleen pdf, Word, Excel, PowerPoint, OpenDocument en foto’s (png, jpg, webp). Er is niets opgeslagen.
error-document-name-mismatch = De naam eindigt op “.{ $extension }”, maar het bestand is een { $kind }-bestand. Geef het de juiste naam en probeer het opnieuw; er is niets opgeslagen.
error-document-scan = De virusscanner liet dit bestand niet toe. Er is niets opgeslagen.
file-kind-pdf = pdf
file-kind-image = afbeelding
file-kind-text = tekstdocument
file-kind-sheet = rekenblad
file-kind-slides = presentatie
notice-document-added = Het document is toegevoegd.
document-delete-title = Document “{ $title }” verwijderen?
document-delete-text = Het bestand is daarna niet meer te downloaden. De geschiedenis van het programma houdt bij dat het er was.
document-delete-submit = Document verwijderen
field-proposal-photo = Foto of schets (mag ook niet)
hint-proposal-photo = Een foto van de plek of een schets: png, jpg of webp, hoogstens { $max } MB. Zet er geen mensen op die u niet om toestemming vroeg. De foto is te zien zodra het programma uw voorstel heeft beoordeeld. Komt het formulier terug met een melding, kies de foto dan opnieuw.
error-proposal-photo-kind = Kies een foto of schets als png, jpg of webp.
wijkbudget-photo-title = Foto bij het voorstel “{ $title }”
privacy-documents = Documenten
privacy-document-account = toegevoegd met dit account (blijft: het is een stuk van het programma)
privacy-document-proposal = foto bij een voorstel van deze persoon (wordt verwijderd)
privacy-erased-documents = { $count } { $count ->
    [one] foto
   *[other] foto’s
} bij die voorstellen verwijderd.

## Meetings: agenda before, minutes after (issue 17 item 4)
meeting-add-intro = Plan een vergadering met een datum in de toekomst en zet daarna de agenda en de genodigden klaar. Voor een vergadering die al was kunt u het verslag en de besluiten meteen vastleggen.
field-starts-at = Aanvang
hint-starts-at = Bijvoorbeeld 19.30 (mag leeg).
field-location = Plaats
error-time = Schrijf een tijd als 19.30 of 19:30.
error-meeting-not-held = Verslag en besluiten komen na de vergadering; deze datum ligt in de toekomst.
error-stale-meeting = Iemand anders heeft deze vergadering intussen gewijzigd. Hieronder staat de nieuwe stand; uw invoer staat nog in het formulier.
meeting-planned = gepland
meeting-points = { $count } { $count ->
    [one] agendapunt
   *[other] agendapunten
}
meeting-actions = Vergadering
meeting-agenda = Agenda
meeting-agenda-empty = Nog geen agendapunten.
meeting-presenter = inbreng: { $who }
meeting-point-up = “{ $title }” omhoog
meeting-point-down = “{ $title }” omlaag
meeting-point-remove = “{ $title }” van de agenda halen
meeting-point-add = Agendapunt toevoegen
field-point-title = Agendapunt
field-point-description = Toelichting
field-presenter = Inbreng door
hint-presenter = Een naam of rol (mag leeg).
agenda-point-delete-title = Agendapunt “{ $title }” van de agenda halen?
agenda-point-delete-text = Het punt verdwijnt van de agenda. U kunt het later opnieuw toevoegen.
agenda-point-delete-submit = Van de agenda halen
meeting-invitees = Genodigden
meeting-invitees-empty = Nog niemand uitgenodigd.
meeting-invitees-choose = Wie wordt uitgenodigd (de leden op de dag van de vergadering)
meeting-invitees-save = Genodigden opslaan
meeting-no-address = geen e-mailadres bekend bij de partij
meeting-not-sent = De agenda is nog niet per e-mail verstuurd.
meeting-sent-at = De agenda is verstuurd op { $date }.
meeting-without-address = Van { $count } { $count ->
    [one] genodigde
   *[other] genodigden
} kent de coalitie geen e-mailadres: geef hen de pdf.
meeting-send = Agenda per e-mail versturen
meeting-mail-off = E-mail is niet ingesteld: druk de agenda af als pdf.
meeting-minutes = Verslag
meeting-minutes-empty = Nog geen verslag.
meeting-decisions = Besluiten
meeting-edit-planned = Datum, tijd en plaats wijzigen
meeting-edit-held = Verslag en besluiten vastleggen
field-new-decisions = Nieuwe besluiten
hint-minutes = Alinea’s gescheiden door een witregel.
field-details-held-on = Datum van de vergadering
field-details-starts-at = Aanvang
field-details-location = Plaats
field-details-notes = Verslag (notulen)
field-details-decisions = Nieuwe besluiten
field-point-presenter = Inbreng door
meeting-pdf-agenda = Agenda als pdf (afdrukken)
meeting-pdf-minutes = Verslag als pdf
meeting-pdf-agenda-title = Agenda { $body }
meeting-pdf-minutes-title = Verslag { $body }
meeting-pdf-made = Gemaakt met WijkWijzer op { $date }.
notice-agenda-sent = De agenda is verstuurd aan de genodigden met een bekend e-mailadres.
notice-agenda-no-addresses = Er is niets verstuurd: van geen enkele genodigde is een e-mailadres bekend.
mail-agenda-subject = Agenda { $body }, { $date }
mail-agenda-invite = U bent uitgenodigd voor de vergadering van { $body }: { $when }.
mail-agenda-action = De vergadering met de stukken
mail-agenda-why = U krijgt dit bericht omdat u lid bent van dit overleg.

## Publications and the signed wijkdeal (issue 17 item 6)
wijkdeal-pdf = Wijkdeal als pdf
wijkdeal-signatures = Ondertekend
wijkdeal-no-signatures = Nog door niemand ondertekend.
wijkdeal-signed-by = Ondertekend door
wijkdeal-signed-on = Datum van ondertekening
wijkdeal-sign-title = Ondertekening vastleggen
wijkdeal-sign-submit = Ondertekening vastleggen
wijkdeal-unsign = ondertekening van { $person } verwijderen
hint-signatory = Wie tekende namens de partij; kies een contactpersoon of typ de naam.
field-signatory-role = Functie
field-signature-party = Partij
field-signature-person = Ondertekend door
field-signature-role = Functie
field-signature-signed-on = Datum van ondertekening
signature-delete-title = Ondertekening door { $title } verwijderen?
signature-delete-text = De ondertekening verdwijnt uit de wijkdeal. Eerder gepubliceerde versies blijven zoals ze zijn.
signature-delete-submit = Ondertekening verwijderen
wijkdeal-publish-title = Publiceren
wijkdeal-publish-text = Publiceren legt de wijkdeal vast zoals hij nu is, met de ondertekening: een pagina en een pdf met een eigen adres en een datum. Latere wijzigingen veranderen die publicatie niet; een nieuwe publicatie vervangt haar zichtbaar.
wijkdeal-publish-submit = Wijkdeal publiceren
wijkdeal-pdf-made = Gemaakt met WijkWijzer op { $date }.
publications-title = Publicaties
publications-intro = Vastgestelde stukken van het programma, elk zoals het op de dag van publicatie was.
publications-none = Nog niets gepubliceerd.
publication-published-on = Gepubliceerd op { $date }
publication-current = geldend
publication-superseded-short = vervangen door een nieuwere versie
publication-superseded = Deze publicatie is vervangen door een nieuwere van { $date }.
publication-to-newer = Naar de nieuwste versie
publication-snapshot = Gepubliceerd op { $date }; deze pagina verandert niet meer.
publication-pdf = { $title } als pdf
notice-published-snapshot = Gepubliceerd. Dit is de vastgelegde versie met een eigen adres.
field-file = Bestand
field-signed-on = Datum van ondertekening
paper-made = Gemaakt met WijkWijzer op { $date }.
paper-col-goal = Doel
scan-paper-title = Urgentiescan { $name } ({ $year })
scan-paper-lead = { $level } in { $year }, vergeleken met { $reference }. Gewichten: { $weights }.
scan-paper-equal-weights = alle opgaven even zwaar
scan-paper-ranking = Rangorde
scan-paper-marked = Met ◆ gemarkeerd: de gebieden van het programma.
scan-paper-method = Zo werkt de scan: zie de pagina ‘Zo werkt de urgentiescan’ (/urgentie/methode) en docs/SCAN.md. Elke score is na te rekenen uit de cijfers per gebied.
scan-pdf = De scan van deze gemeente als pdf
error-scan-pdf-gemeente = Kies een gemeente: de scan van heel Nederland is te groot voor papier. Gebruik dan de download als CSV, Excel of JSON.
error-publication-no-scan = Er zijn nog geen cijfers voor de scan van de gebieden van dit programma. Importeer eerst de tabellen van de scan.
publications-publish-title = Een pagina publiceren
publications-publish-text = Publiceren legt de pagina vast zoals die nu is: een pdf en een webpagina met een eigen adres en datum. Latere wijzigingen veranderen die publicatie niet; een nieuwere publicatie van dezelfde pagina vervangt haar zichtbaar. Iedereen zonder account ziet een publicatie alleen als de pagina zelf openbaar is. Verhalen staan erin zoals ze op dat moment met toestemming van de verteller openbaar waren.
publications-publish-submit = Publiceren
publications-list-title = Gepubliceerd
field-publish-soort = Welke pagina?
publication-kind-wijkdeal = De wijkdeal (met ondertekening)
publication-kind-stand = Stand van de wijk
publication-kind-scan = De urgentiescan van de gemeente
publication-kind-coalitie = De coalitie
publication-kind-agenda = De agenda (visie en doelen)
publication-kind-voortgang = De voortgang (rapportage van dit jaar zoals die nu is)
publication-kind-public = (de pagina is openbaar)
publication-kind-members = (de pagina is nog alleen voor leden)
dossier-pdf = Als pdf
dossier-pdf-note = De pdf bevat alleen verhalen waarvan de verteller toestemming gaf om ze te publiceren.
field-soort = Soort
publication-take = Deze pagina vastleggen als publicatie
