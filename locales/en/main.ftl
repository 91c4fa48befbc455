# WijkWijzer — English. Every key here is also in nl/main.ftl.

## Layout and navigation
skip-to-content = Skip to content
nav-main-label = Main menu
nav-programmes = Programmes
nav-users = Accounts
nav-site-history = History
nav-account = My account
nav-login = Log in
nav-logout = Log out
switch-language = Nederlands
logged-in-as = Logged in as { $name }
footer-about = WijkWijzer supports the agile neighbourhood approach (Platform31): urgency, coalition, agenda, preconditions and execution. Open data: Source: CBS / RIVM, CC BY 4.0.
footer-api = API description (OpenAPI)
breadcrumb-label = Breadcrumb
back-home = Back to the home page
save = Save
cancel = Cancel
time-never = never
error-prefix = Error:
error-summary-title = Please check the following fields
pagination-label = Pagination
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page }

## Notices after an action
notice-saved = Your changes have been saved.
notice-created = Created.
notice-deleted = Deleted.
notice-password-changed = Your password has been changed. Other sessions have been logged out.
notice-logged-out = You have been logged out.
notice-logged-in = You are logged in.
notice-member-saved = The member has been saved.
notice-token-revoked = The API token has been revoked.

## Home and municipalities
home-title = Neighbourhood programmes
home-intro = WijkWijzer helps the municipality, housing corporations, care, welfare, police, schools and residents move a neighbourhood forward together: from establishing urgency with hard and soft data to the yearly progress report.
home-empty-title = No programmes yet
home-empty-public = There are no public programmes yet. Are you involved in a programme? Then log in.
home-empty-member = You are not a member of any programme yet. Ask the process lead or a site administrator to add you.
municipality-heading = Municipality of { $name }
municipality-code = CBS code { $code }
municipality-portfolio = Programmes in this municipality
municipality-empty = There are no visible programmes in this municipality (yet).
badge-unpublished = Not public

## Programme
programme-new = New programme
programme-new-intro = Set down the basics: name, municipality, areas and period. Partners, agenda and figures follow.
programme-create-submit = Create programme
programme-edit = Edit details
programme-edit-title = Edit { $name }
programme-period = Period { $start }
programme-actions = Actions for this programme
programme-publication = Publish
programme-delete = Archive programme
programme-delete-title = Archive { $name }?
programme-delete-text = The programme disappears from all lists and public pages. Its history is kept.
programme-delete-submit = Yes, archive
your-role = Your role: { $role }
field-name = Name
field-user-id = Account
field-programme-name = Name of the programme
hint-programme-name = For example: Wijkaanpak Rotterdam Zuid.
field-municipality = Municipality
field-municipality-code = CBS municipality code
hint-municipality-code = GM followed by four digits, for example GM0599 for Rotterdam.
field-municipality-name = Name of the municipality
field-period = Period
field-start-year = Start year
field-horizon-year = Horizon year
hint-horizon-year = A generation as horizon: choose a year far enough ahead, for example twenty years after the start.
field-areas-legend = Areas
field-areas = Areas (one per line)
hint-areas = One CBS code per line (WK059910 or BU05991081), optionally followed by its name. All areas lie in the chosen municipality.
field-layout-year = Year of the area layout
hint-layout-year = CBS changes codes and boundaries every year; give the year in which these codes apply.
field-description = Description
hint-description = Why this programme, and for whom? An empty line starts a new paragraph.
steps-title = The five steps
steps-intro = The steps do not strictly follow each other: a programme works on all of them at once.
areas-title = Areas
page-published = Public
page-unpublished = Not public
publication-intro = Choose which pages anyone may see without an account. Nothing is public until you switch it on here.
publication-legend = Public pages

## Steps
nav-look = House style
look-title = House style
look-intro = Your municipality's name, logo and colours on every page. The colours are design tokens with the names of the NL Design System, so you can take over the values of your municipality's theme. Every colour that carries text is checked for a contrast of at least 4.5:1 (WCAG 2.1 AA). An empty field gives WijkWijzer's colour.
field-look-name = Name in the header
hint-look-name = For example “Gemeente Rotterdam”. Empty: WijkWijzer. At most 60 characters.
field-logo = Logo
field-look-logo = Logo
hint-look-logo = PNG, JPEG or WebP, at most { $max } kB. The logo stands beside the name; leave empty to keep the current one.
look-logo-current = The current logo
field-look-remove-logo = Remove the logo
look-colours = Colours
hint-look-colours = As a hexadecimal colour code, for example #c8102e.
field-look-header_background = Header background
field-look-header_text = Header text
field-look-link = Links
field-look-button_background = Main button background
field-look-button_text = Main button text
hint-look-colour = Token { $token }; WijkWijzer uses { $default }.
error-look-colour = “{ $value }” is not a colour code. Write six characters 0–9 and a–f after a #, for example #c8102e.
error-look-contrast = Too little contrast: { $text } on { $background } is { $ratio }:1, at least 4.5:1 is needed. Choose a darker or lighter colour.
error-look-logo-size = The logo is larger than { $max } kB. Make it smaller and try again.
error-look-logo-type = The logo must be a PNG, JPEG or WebP image.
error-look-unreadable = The form did not arrive properly. Please try again.
stepper-begun = begun
stepper-not-begun = not begun yet
stepper-label = Steps of the programme
stepper-step = Step { $number }:
step-urgency-title = Urgency
step-urgency-intro = The state of the neighbourhood with hard data (statistics) and soft data (stories of residents and professionals).
step-urgency-empty = No areas recorded yet.
step-coalition-title = Coalition
step-coalition-intro = Who takes part: municipality, civil society organisations, residents and businesses. A coalition is never finished.
step-coalition-empty = No members yet.
step-agenda-title = Agenda
step-agenda-intro = Shared vision, goals per theme with indicators and targets, and measures with their financing.
step-agenda-empty = No vision, goals or measures recorded yet.
step-preconditions-title = Preconditions
step-preconditions-intro = A periodic check of the seven preconditions, from urgency to resources.
step-preconditions-empty = No assessment held yet.
step-execution-title = Execution
step-execution-intro = Follow results (not efforts), adjust goals with a recorded reason, and report every year.
step-execution-empty = No goals to follow yet: set them in the agenda (step 3).
fact-areas = { $count ->
    [one] { $count } area
   *[other] { $count } areas
}
fact-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
fact-managers = { $count ->
    [one] { $count } process lead (manager)
   *[other] { $count } process leads (managers)
}

## Pages that can be made public
page-overzicht = Overview (this home page)
page-urgentie = Urgency
page-coalitie = Coalition
page-agenda = Agenda
page-randvoorwaarden = Preconditions
page-voortgang = Progress

## Area levels
level-land = country
level-gemeente = municipality
level-wijk = district
level-buurt = neighbourhood

## Members and roles
members-title = Members
members-manage = Manage members
members-intro = Members see everything of this programme, including what is not public. What they may change depends on their role.
members-empty = This programme has no members yet.
member-add-title = Add a member or change a role
member-add-intro = Enter the e-mail address of an existing account. If someone has no account yet, ask a site administrator to create one.
member-add-submit = Save
member-remove-link = Remove { $name }
member-remove-title = Remove { $name } as a member?
member-remove-text = This person will no longer see or change anything of { $programme } that is not public.
member-remove-submit = Yes, remove
field-role = Role
role-beheerder = Manager
role-partner = Partner
role-lezer = Reader
role-beheerder-explained = process lead: runs the programme, its members and publication
role-partner-explained = works on what their own party owns
role-lezer-explained = reads everything, changes nothing
role-site-admin = Site administrator
role-account = Account
role-data-steward = Data steward

## History
history-link = History
history-programme-title = History of { $name }
history-site-title = History of the whole site
history-intro = Every change is recorded: who, when, what, and what it was and became.
history-empty = No changes yet.
col-when = When
col-who = Who
col-what = What
col-changes = Changes
audit-user-create = Account created
audit-user-update = Account changed
audit-user-password = Password changed
audit-api_token-create = API token created
audit-api_token-revoke = API token revoked
audit-programme-create = Programme created
audit-programme-update = Programme changed
audit-programme-delete = Programme archived
audit-programme-publish = Publication changed
audit-membership-create = Member added
audit-membership-update = Role changed
audit-membership-delete = Member removed

## Tables
col-code = Code
col-name = Name
col-level = Level
col-layout-year = Layout year
col-since = Member since
col-status = Status
col-created = Created
col-last-used = Last used
col-actions = Actions

## Login and account
login-title = Log in
login-submit = Log in
login-failed = The e-mail address or the password is not correct.
login-too-many = Too many failed attempts from this address. Please try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}, or sign in from another network.
field-email = E-mail address
field-password = Password
field-display-name = Name
hint-display-name = As colleagues and partners know you. Empty: the part of the e-mail address before the @.
account-title = My account
account-site-role = Rights
password-change-title = Change password
password-change-submit = Change password
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat the new password
hint-password = At least 12 characters. A sentence of a few words is strong and easy to remember.
tokens-title = API tokens
tokens-intro = With an API token, scripts can use the WijkWijzer API on your behalf (header: Authorization: Bearer …).
tokens-empty = You have no API tokens yet.
field-token-name = Name of the token
hint-token-name = What do you use it for? For example: CBS import script.
token-create = Create token
token-created-once = Copy this token now: it will not be shown again.
token-revoke = Revoke { $name }
token-revoked = Revoked

## Account administration
users-title = Accounts
users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
user-new = New account
user-create-submit = Create account
user-rights = Rights
user-active = Active
user-blocked = Blocked
field-initial-password = First password
field-is-admin = Site administrator (creates programmes and accounts)
field-is-data-steward = Data steward (imports statistics and classifies indicators, for every programme and the public urgency scan)
field-disabled = Blocked (can no longer log in)
field-reset-password = Set a new password
hint-reset-password = Leave empty to keep the password. A new password logs out every session of this account.

## Field errors
error-required = This field is required.
error-too-long = Use at most { $max } characters.
error-email-invalid = Enter a valid e-mail address, such as name@municipality.nl.
error-email-taken = An account with this e-mail address already exists.
error-password-short = The password must have at least 12 characters.
error-password-long = The password may have at most 256 characters.
error-password-mismatch = The two new passwords are not the same.
error-password-wrong = The current password is not correct.
error-year = Enter a year between 1990 and 2100.
error-horizon-before-start = The horizon year must lie after the start year.
error-municipality-code = A municipality code is GM followed by four digits, such as GM0599.
error-municipality-unknown = No municipality has this name. Choose a name from the suggestions or type the CBS code, such as GM0599.
error-area-code = A CBS code is GM0000, WK000000 or BU00000000.
error-area-line-code = Line { $line }: '{ $code }' is not a CBS code (GM0000, WK000000 or BU00000000).
error-area-line-municipality = Line { $line }: { $code } does not lie in municipality { $municipality }.
error-area-line-duplicate = Line { $line }: { $code } is already listed.
error-area-line-name = Line { $line }: the name is longer than 120 characters.
error-areas-required = Enter at least one area.
error-areas-too-many = Use at most { $max } areas.
error-role = Choose a role: beheerder, partner or lezer.
error-user-unknown = There is no active account with this e-mail address.
error-self-lockout = You cannot take away your own administrator rights or block yourself.

## Error pages
error-status = Error code { $status }
error-validation-title = The input is not valid
error-validation-text = One or more fields were not filled in correctly.
error-not-found-title = Page not found
error-not-found-text = This page does not exist (any more), or is not public.
error-method-title = This address is not a page
error-method-text = This address only receives forms. Go back to the previous page.
error-forbidden-title = No access
error-forbidden-text = You are logged in, but your role gives no access to this page or action.
error-unauthorised-title = Login required
error-unauthorised-text = Log in to see this page.
error-csrf-title = Request refused
error-csrf-text = This request did not come from a WijkWijzer form, or the form had expired. Go back, reload the page and try again.
error-conflict-title = Already exists
error-conflict-text = This already exists. Choose another value.
error-too-large-title = Too large to process
error-too-large-text = What you sent is too large: a form may be 2 MB, an import 64 MB. Nothing was stored. Spread files over more imports or import large tables with wijkwijzer import.
error-too-many-title = Too many attempts
error-too-many-text = Please try again in a quarter of an hour.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The database does not answer. Please try again in a few minutes.
error-invalid-request-title = Invalid request
error-invalid-request-text = The request does not have the shape the API describes (see /api/v1/openapi.json).
error-cannot-write-title = Cannot save now
error-cannot-write-text = The database cannot store anything at the moment (the disk is full or the database is read-only). Your change was not saved and nothing was half-saved. Tell the WijkWijzer administrator; reading still works.
error-internal-title = Something went wrong
error-internal-text = Something went wrong on our side. The error has been logged; please try again later.

## Command line
cli-listening = WijkWijzer is listening on { $url }
cli-migrated = Database up to date: { $url }
cli-demo-data = Demo data in folder { $dir }
cli-demo-loaded = { $count } demo programmes loaded (real CBS area codes, layout 2024).
cli-demo-statistics = Imported { $tables } real files of CBS and RIVM ({ $values } values, { $seconds } s). Source: CBS / RIVM, CC BY 4.0.
cli-demo-no-data = No data/ folder found: the demo runs without statistics (set WIJKWIJZER_DEMO_DATA to the data/ folder of the source tree).
cli-error-demo-data = the demo data cannot be loaded: { $detail }
cli-demo-second-factor = Site administrators set up two-step verification at their first sign-in (with an authenticator app on their phone). To skip that for a trial: WIJKWIJZER_REQUIRE_SECOND_FACTOR=optional.
cli-admin-created = Administrator created. Log in with e-mail address { $email } and password { $password } (shown only once).
cli-admin-env = Administrator: { $email } (password from WIJKWIJZER_ADMIN_PASSWORD).
cli-admin-existing = Administrator: { $email } (the password was shown at the first start; new password: echo 'new password' | wijkwijzer user passwd --data-dir { $dir } --email { $email }).
cli-user-added = Account { $email } created (id { $id }).
cli-password-set = Password of { $email } changed; all its sessions have ended.
cli-error-scheme = unknown database scheme '{ $scheme }': use sqlite://PATH or postgres://USER@HOST/DATABASE
cli-error-unreachable = cannot reach the database { $url }: { $detail }
cli-error-migration = migrating the database failed: { $detail }
cli-error-database = database error: { $detail }
cli-error-config = configuration unreadable: { $detail }
cli-error-port-in-use = address { $addr } is already in use; choose another port with --bind
cli-error-bind = cannot listen on { $addr }: { $detail }
cli-error-password = password refused: { $reason }
cli-error-email = e-mail address '{ $email }' refused: { $reason }
cli-error-no-user = there is no account with e-mail address { $email }
cli-error-user-exists = an account with e-mail address { $email } already exists
cli-error-user-invalid = account refused: { $reasons }

## Importing statistics
cli-import-summary = { $file }: table { $table }, { $areas } areas, { $indicators } indicators, period(s) { $periods }, { $values } values, of which { $missing } without a figure.
cli-import-refused = Nothing imported: { $count ->
    [one] 1 file
   *[other] { $count } files
} refused.
import-error-no-data-files = no data files: only metadata (DataProperties, TableInfos) given
cli-error-period = period '{ $period }' not understood: use for example 2024, 2024-Q3 or 2024-07
import-error-gzip = { $file }: not a readable gzip file ({ $detail })
import-error-read = { $file }: cannot read the file ({ $detail })
import-error-format = { $file }: unknown format; expected StatLine JSON, StatLine xlsx or an Identifier,Title list
import-error-json = { $file }: not valid JSON ({ $detail })
import-error-xlsx = { $file }: not a readable xlsx file ({ $detail })
import-error-csv = { $file }: cannot read the CSV ({ $detail })
import-error-no-region = { $file }: no column with area codes (expected one of: { $detail })
import-error-no-indicators = { $file }: no columns with figures found
import-error-no-period = { $file }: the file names no period; give one with --period or a TableInfos file
import-error-no-rows = { $file }: no data rows
import-error-record = { $file }, row { $row }: not a record
import-error-empty-key = { $file }, row { $row }, column { $column }: empty, but a value is needed here
import-error-area-code = { $file }, row { $row }, column { $column }: '{ $value }' is not a CBS area code
import-error-period = { $file }, row { $row }, column { $column }: '{ $value }' is not a StatLine period
import-error-value = { $file }, row { $row }, column { $column }: '{ $value }' is neither a number nor a CBS symbol (. x - ?)
import-error-duplicate = { $file }, row { $row }: { $value } for period { $detail } appears earlier in the file, with other figures
import-error-encoding = { $file }: the text is neither UTF-8 nor Windows-1252 (unknown character at { $detail }). Save the file as "CSV UTF-8" and import it again.
import-error-row = { $file }, row { $row }: this line is neither a data row, a header nor a footnote: '{ $value }'
import-error-dbf = { $file }: not a readable dBase file ({ $detail })
cli-import-boundaries = { $file }: boundaries of { $count } areas (region layout { $year }), { $missing } without a usable shape.
import-error-geo-code = { $file }, object { $row }: no area code (expected one of the properties { $detail })
import-error-geo-layout-year = { $file }: a boundary file does not state its region layout; give it with --layout-year (or in the form)
import-error-geo-type = { $file }, object { $row }: { $value } is not an area (expected Polygon or MultiPolygon)
import-error-geo-point = { $file }, object { $row }: point { $value } is not in the Netherlands (RD New or WGS84 expected)
import-error-topojson = { $file }: not valid TopoJSON ({ $detail })
cli-import-names = { $file }: names of { $areas } areas (region layout { $year }).
audit-statistics-import = Statistics imported
audit-indicator-classify = Indicator classified
audit-story-create = Story recorded
audit-story-update = Story changed
audit-story-delete = Story deleted
audit-dossier-update = State of the neighbourhood changed
error-level = Choose land, gemeente, wijk or buurt.
error-period = Give a period such as 2020, 2020-Q3 or 2020-07.
field-level = Level
cli-import-reading = reading { $file }…
nav-indicators = Indicators
indicators-title = Classify indicators
indicators-intro = For every imported column: which theme it belongs to, whether a higher value is worse or better, and whether the urgency scan uses it. Columns about population composition are context only and never count in a score.
indicators-empty = No statistics have been imported yet. Import a table with wijkwijzer import.
indicators-count = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
indicators-periods = Periods: { $periods }
indicator-composition = Population composition: context only, never in a score
indicator-save = Save: { $name }
field-theme = Theme
field-polarity = Direction
field-in-scan = Counts in the urgency scan
error-theme = Choose one of the themes.
error-polarity = Choose higher is worse, higher is better or neutral.
theme-wonen = Housing
theme-werk = Work and income security
theme-onderwijs = Education and upbringing
theme-veiligheid = Safety
theme-gezondheid = Health, care and support
theme-samenleven = Living together
theme-leefomgeving = Living environment and public space
theme-duurzaamheid = Sustainability
theme-context = Context (no judgement)
polarity-hoger-slechter = Higher is worse
polarity-hoger-beter = Higher is better
polarity-neutraal = Neutral

## Areas and the neighbourhood profile
nav-areas = Areas
areas-intro = Open figures of CBS and RIVM per municipality, district and neighbourhood. Search for an area or choose a municipality; every area shows its figures next to those of the municipality and the Netherlands.
field-area-query = Name or code
areas-search-hint = For example Bloemhof, Feijenoord or BU05991081.
areas-search = Search
areas-search-too-short = Type at least two characters.
areas-results = { $count ->
    [one] 1 area found
   *[other] { $count } areas found
}
areas-no-results = No area found for ‘{ $name }’. Check the spelling or search by CBS code.
areas-country = The Netherlands as a whole
areas-empty = No areas have been imported yet. An administrator imports CBS or RIVM tables with wijkwijzer import.
areas-children-gemeente = Municipalities
areas-children-wijk = Districts
areas-children-buurt = Neighbourhoods
area-in-municipality = municipality of { $name }
area-code = code { $code }
area-no-figures = No figures have been imported for this area yet.
area-intro = { $count ->
    [one] 1 figure, by theme, next to the municipality and the Netherlands.
   *[other] { $count } figures, by theme, next to the municipality and the Netherlands.
}
area-download = Download what this page shows:
area-download-csv = CSV
area-download-json = JSON
download-xlsx = Excel
area-themes-label = Themes on this page
area-country = Netherlands
area-trend-table = Trend as a table
area-period = Period
figure-missing = no data
figure-per-thousand = per 1,000 inhabitants
figure-points = percentage points
figure-not-measured = not measured
figure-difference-country = Difference with the Netherlands
figure-difference-municipality = Difference with the municipality
judgement-better = more favourable
judgement-worse = less favourable
judgement-same = equal
figure-source = Source: { $source } { $period }
figure-layout = region layout { $year }
figure-chart-title = { $title }: trend { $start }–{ $end }

## Importing statistics (administration)
nav-import = Import
notice-imported = The files have been imported. What was stored is listed below.
imports-title = Import statistics
imports-intro = Give tables of CBS or RIVM StatLine exactly as you downloaded them: StatLine JSON, CSV with statistical symbols, xlsx, KWB, CBS custom tables, code lists (also as .gz). A DataProperties and a TableInfos file may come along. All files are read and checked first; one unreadable value and nothing is stored.
field-bestanden = Files
imports-files-hint = One or more files, { $max } MB together at most.
field-tabel = Table name
imports-table-hint = Only needed when the file does not name it, for example 50090NED. Letters, digits, - and _.
field-periode = Period
imports-period-hint = Only needed when the file has no period: 2024, 2024-Q3 or 2024-07.
field-indeling = Region layout year
imports-layout-hint = Default: from the DataProperties, else the year of the period.
imports-submit = Import
imports-history = Earlier imports
imports-empty = Nothing has been imported yet.
imports-col-when = When
imports-col-file = File
imports-col-table = Table
imports-col-periods = Period(s)
imports-col-areas = Areas
imports-col-values = Values
imports-col-missing = Without figure
imports-col-who = By
imports-attribution = Figures of CBS and RIVM are shown with their source: Source: CBS / RIVM, CC BY 4.0.
import-form-no-files = Choose at least one file.
import-form-unreadable = The upload did not arrive intact; please try again.
import-form-table = Use only letters, digits, - and _ (at most 40 characters).
import-form-period = Write the period as 2024, 2024-Q3 or 2024-07.
import-form-layout-year = Enter a year between 1990 and 2100.
import-form-refused = Nothing imported: { $detail }

## Urgency scan
scan-class-1 = very urgent
scan-class-2 = urgent
scan-class-3 = well above average
scan-class-4 = above average
scan-class-5 = average
scan-class-6 = slightly better
scan-class-7 = better
scan-class-8 = much better
scan-class-9 = no urgency
scan-no-class = too few figures
cli-error-scan-level = unknown level '{ $value }': choose buurt, wijk or gemeente
cli-error-scan-reference = unknown comparison '{ $value }': choose nl, municipality or similar
cli-error-scan-no-similar = no similar areas known for this level: import or fetch the Kerncijfers wijken en buurten with this level (the shipped extract stops at wijken)
cli-error-scan-weights = weight '{ $value }' cannot be read: write theme=number, for example gezondheid=2,werk=1
cli-error-scan-municipality = '{ $value }' is not a CBS municipality code (like GM0599)
cli-error-scan-format = unknown format '{ $value }': choose json, csv or table
cli-error-scan-empty = no figures for the scan in { $year }: first import tables with the scan's indicators for that year
cli-error-scan-no-years = no figures for the scan have been imported yet
cli-error-validate-read = cannot read { $file }: { $detail }
cli-error-validate-not-text = { $file } is not a UTF-8 text file: save the list as CSV (UTF-8) with an area code in the first column
cli-error-validate-empty = { $file } holds no area code (such as BU05991081 or WK059910) in its first column
cli-error-validate-no-code = { $file }: line { $lines } has no CBS area code in its first column; nothing was checked
validate-heading = The scan checked against { $file }: { $level }, { $year }; { $designated } designated areas, { $others } other areas with a score
validate-unknown = { $count ->
    [one] 1 code of the list is not in the scan (another level, year or gemeente, or without figures): { $codes }
   *[other] { $count } codes of the list are not in the scan (another level, year or gemeente, or without figures): { $codes }
}
validate-overall = All areas together (AUC: the chance that a designated area comes out more urgent than another; 1 = always, 0.5 = chance)
validate-col-designated = designated
validate-col-others = others
validate-col-measure = measure
validate-col-municipality = gemeente
validate-score = urgency score (all indicators together)
validate-per-municipality = Per gemeente (urgency score)
validate-missed = Designated areas the scan puts in the less urgent half of their gemeente: { $count }
validate-rank = rank { $rank } of { $of } in the gemeente
validate-method = Method: docs/SCAN.md and /urgentie/methode. The scan's weights are not tuned to this list.

nav-scan = Urgency scan
scan-title = Urgency scan
scan-intro = Which neighbourhoods or districts need extra area-based effort, and why? Every score can be checked: each row lists the figures that push it up most.
scan-method-link = How the scan works.
field-gemeente = Municipality
scan-gemeente-hint = Such as Rotterdam or GM0599; empty = the whole country.
field-niveau = Level
scan-level-buurt = Neighbourhoods
scan-level-wijk = Districts
scan-level-gemeente = Municipalities
field-referentie = Compare with
scan-reference-nl = the Netherlands
scan-reference-gemeente = its own municipality
scan-reference-similar = similar areas (50 per area)
field-thema = Theme
scan-all-themes = All themes
field-gewichten = Weights per theme
scan-weights-hint = For example gezondheid=2,werk=1. Not named = 1; 0 leaves a theme out.
scan-submit = Show the scan
scan-empty = No figures for the scan have been imported yet. An administrator imports, for example, the RIVM table 50090NED.
scan-summary = { $count ->
    [one] 1 area with a score.
   *[other] { $count } areas with a score.
}
scan-summary-indicators = { $count ->
    [one] The scan uses 1 indicator.
   *[other] The scan uses { $count } indicators.
}
scan-no-rows = No areas with a score for this choice.
scan-col-rank = Rank
scan-col-area = Area
scan-col-score = Score
scan-col-class = Class
scan-col-reasons = What pushes the score up most
scan-col-indicator = Indicator
scan-col-source = Table
scan-flag-national = compared with the Netherlands: too few areas in the municipality
scan-flag-no-similar = compared with the Netherlands: no (or too few) similar areas with this figure
scan-flag-suppressed = not all figures known
scan-reason-within-margin = { $reason }, within the margin
scan-unscored-title = Without a score: too few figures
scan-unscored-intro = Too many figures of these areas are suppressed or not measured (mostly small neighbourhoods). They get no score, so that chance does not put them on top.
error-scan-level = Choose buurt, wijk or gemeente.
error-scan-period = Choose a year for which figures have been imported.
error-scan-reference = Choose the Netherlands, the municipality or similar areas.
error-scan-no-similar = No similar areas are known for this level: that needs the Kerncijfers wijken en buurten of this level (the shipped extract stops at wijken). Choose the Netherlands or the municipality.
error-scan-weights = Write weights as theme=number, for example gezondheid=2,werk=1.
scan-check-link = Check the scan against your own list of designated areas (for data stewards).
scan-check-title = Checking the scan against your own list
scan-check-back = Back to: how the urgency scan works
scan-check-intro = Has your gemeente or programme already designated focus areas? Enter that list and see how well the scan puts them first: per gemeente and overall, for the urgency score and for each indicator separately. Nothing is stored, and the scan is not tuned to your list.
field-lijst = List as a file
field-codes = Or paste the area codes
scan-check-file-hint = A CSV or text file (UTF-8) with a CBS area code, such as BU05991081 or WK059910, in the first column of every line. A header line and other columns are skipped.
scan-check-codes-hint = One area code per line, for example copied from Excel. Used when no file is chosen.
scan-check-gemeente-hint = Empty for the whole country, or a gemeente code such as GM0599.
scan-check-period-hint = Empty for the newest year with figures for the scan.
scan-check-submit = Check the scan
scan-check-unreadable = The form could not be read. Please try again.
scan-check-not-text = This is not a UTF-8 text file. Save the list as CSV (UTF-8) with an area code in the first column.
scan-check-empty = Give a list with at least one area code (such as BU05991081), as a file or pasted.
scan-check-no-code = Line { $lines } has no CBS area code in its first column. Nothing was checked.
scan-check-result = Outcome
scan-check-counts = { $designated } designated areas, { $others } other areas with a score.
scan-check-unknown = { $count ->
    [one] 1 code of the list is not in the scan (another level, year or gemeente, or without figures): { $codes }.
   *[other] { $count } codes of the list are not in the scan (another level, year or gemeente, or without figures): { $codes }.
}
scan-check-auc-explained = AUC is the chance that a designated area comes out more urgent than another area: 1 is always, 0.5 is chance, below 0.5 is reversed.
scan-check-overall = All areas together
scan-check-per-municipality = Per gemeente (urgency score)
scan-check-col-measure = Measure
scan-check-col-designated = Designated
scan-check-col-others = Others
scan-check-score = Urgency score (all indicators together)
scan-check-missed = Designated areas the scan puts in the less urgent half of their gemeente
scan-check-none-missed = None: the scan puts every designated area in the more urgent half of its gemeente.
scan-check-rank = rank { $rank } of { $of } in the gemeente
scan-check-not-tuned = The scan's weights are not tuned to any list. The method is on this page and in docs/SCAN.md.
scan-method-title = How the urgency scan works
scan-method-intro = The scan compares every area with a reference (all areas of the same level in the Netherlands, or in its own municipality) on indicators that describe conditions. Anyone can check a score with this page and the downloaded figures.
scan-method-steps = The steps
scan-method-step-z = Per indicator: z = (value − median of the reference) / spread, where the spread is 1.4826 × the median absolute deviation (a robust standard deviation). When a higher value is better, the sign turns. z is capped at ±{ $max }, so one outlier cannot decide everything.
scan-method-step-theme = Per theme: the mean of the z values of its indicators.
scan-method-step-score = Urgency score: the weighted mean of the theme scores (by default every theme weighs 1), multiplied by the coverage: the share of indicators for which the area has a figure. Missing or suppressed figures thus pull a score towards average instead of putting a small neighbourhood on top by chance. Below { $value } coverage an area gets no score.
scan-method-step-reference = A reference counts only with at least { $count } areas with a figure; when a municipality has too few, the Netherlands is the reference (and the result says so).
scan-method-step-rank = Rank 1 is the highest score. An indicator's contribution is its part of the score; all contributions together make the score.
scan-method-classes = The nine classes
scan-method-indicators = The indicators
scan-method-choice = The scan describes conditions, not people. Columns about the composition of the population (migration background, origin, religion) are context only and can never count; the database enforces this. Behaviour that differs by culture rather than by need (smoking, drinking, sport, volunteering) does not count either. What remains: difficulty making ends meet and income, perceived health and disabilities, mental health, loneliness, control over one's own life, noise nuisance and education level. Of an indicator with several variants (age groups) the first counts: for 50090NED 18 years and older. An administrator can change the choice per indicator on the Indicators page.
scan-method-reproduce = Check it yourself
scan-method-reproduce-text = The download (CSV or JSON) gives per area the score, the class, the theme scores and per indicator the value, the reference median, the spread, z and its share of the score.
scan-map-title = Map of the urgency scan
scan-map-caption = Colour per class; the table below gives the same result. Boundaries: CBS/Kadaster (PDOK), CC BY 4.0, from the region layout nearest to the year of the figures.
scan-map-caption-theme = Colour per class of the score on { $theme }; an area without a score on this theme is hatched. The table below gives the same result. Boundaries: CBS/Kadaster (PDOK), CC BY 4.0.
scan-map-missing = { $count ->
    [one] 1 area has no boundary on the map:
   *[other] { $count } areas have no boundary on the map:
}
map-outside = The map shows where the figures are. { $count ->
    [one] 1 area lies outside it:
   *[other] { $count } areas lie outside it:
}
map-show-whole = Show the whole municipality on the map
map-show-core = Show only the part with figures (zoomed in)
scan-map-choose = Choose a municipality to see the map.

## Step 1: stories (soft data)
notice-story-saved = The story has been saved.
fact-stories = { $count ->
    [one] { $count } story
   *[other] { $count } stories
}
stories-title = Stories
stories-intro = What residents, professionals and entrepreneurs tell about the neighbourhood, next to the numbers. A story stays within the programme unless the teller consented to its publication. Use no names: only a role, such as "resident" or "community police officer".
stories-empty = No stories recorded yet.
story-new = Record a story
story-edit = Edit story
story-edit-link = Edit the story of { $role }
story-delete-link = Delete the story of { $role }
story-delete-title = Delete the story of { $role } ({ $date })?
story-delete-text = The story disappears from the programme, the profile and the dossier. Its text stays only in the programme's history, for managers.
story-delete-submit = Delete story
story-form-intro = Record what you hear, in the teller's words. Enter only a role, no name or address.
story-save-new = Save story
story-source-bewoner = resident
story-source-professional = professional
story-source-ondernemer = entrepreneur
story-area-whole = The programme's whole area
story-private = Not public: for the programme only
story-consent-label = The teller consents to publication of this story
story-no-indicators = No figures have been imported yet to link to.
stories-on-profile = Stories
field-text = Story
field-source = Who tells it
field-role-story = Role of the teller
field-told-on = Date
field-area = Area
field-themes = Themes
field-indicators = Figures the story speaks to (optional)
field-consent = Publication
hint-story-text = An empty line starts a new paragraph.
hint-story-role = For example "resident", "community police officer" or "shop owner". No name.
hint-date = For example 2026-03-12.
hint-story-indicators = The story appears next to these figures on the profile and in the dossier.
hint-consent = Without consent the story is visible to members of the programme only.
error-story-area = Choose an area of this programme.
error-story-themes = Choose at least one theme.
error-choose-one = Choose one of the options.
error-choose-from-list = Choose from the list.
error-date = Enter an existing date, such as 2026-03-12.
error-date-future = This date is in the future.

## Step 1: State of the neighbourhood
dossier-title = State of the neighbourhood
dossier-link = State of the neighbourhood (dossier)
dossier-updated = updated { $when }
dossier-unpublished = Not public yet: publish the Urgency page to share the dossier.
dossier-print = Print
dossier-edit = Edit dossier
dossier-trigger = Trigger
dossier-trigger-empty = The trigger has not been described yet.
dossier-position = Position in the urgency scan
dossier-position-empty = There are no figures for the scan yet, or the programme's areas are not in it.
dossier-position-intro = Figures of { $year }.
dossier-reference-nl = Compared with all areas of the same level in the Netherlands.
dossier-reference-gemeente = Compared with the areas of the same level in the municipality.
dossier-reference-similar = Each area compared with the 50 areas in the Netherlands most like it in context.
dossier-weights = Theme weights in this scan:
dossier-col-reasons = What raises the score most
dossier-reason = { $title }: { $value } (reference { $reference }; { $share }% of the score)
dossier-rank = { $rank } of { $of } { $level }
dossier-level-buurt = neighbourhoods
dossier-level-wijk = districts
dossier-level-gemeente = municipalities
dossier-scan-link = View the scan with these weights
dossier-area-profile = Full profile of { $name }
dossier-area-no-figures = No figures have been imported for this area.
dossier-area-nothing-worse = No figures less favourable than the comparison, and no stories yet.
dossier-general-stories = Stories about the whole area
dossier-justification = The coalition's justification
dossier-justification-empty = The coalition has not written its justification yet.
dossier-form-intro = Record why the coalition acts in this neighbourhood. Figures, scan position and stories are added by themselves.
field-trigger = Kind of trigger
field-trigger-date = Date of the trigger
field-trigger-description = Description of the trigger
field-weights = Weights in the urgency scan
field-reference = Compare with
field-justification = Justification
hint-trigger-description = What happened, who raised it?
hint-weights = How much each theme counts in this programme's score: 0 to 10, default 1. For example 2 for health when that is the challenge.
hint-justification = Why this neighbourhood, why now, and why this approach. An empty line starts a new paragraph.
trigger-none = Not known yet
trigger-bewoners = Signals from residents
trigger-gemeenteraad = Request of the municipal council
trigger-incident = Incident
trigger-initiatief = Positive initiative
error-trigger-description = Describe the trigger.
error-weight = A weight is a number from 0 to 10, such as 1 or 0.5.
error-weights-all-zero = At least one theme must count.
scan-flag-too-few = too few figures

## Map of one figure
map-title = Map
figure-map-link = { $title } on the map
map-empty = No figures of this level in this municipality for this period.
map-no-boundaries = No boundaries have been imported for these areas; the table below gives every figure.
map-caption = Five classes of about equally many areas.
map-polarity-higher-worse = Red is less favourable (higher), blue more favourable.
map-polarity-higher-better = Red is less favourable (lower), blue more favourable.
map-polarity-neutral = Darker is higher; this figure is neither better nor worse.
map-current = Thick border: { $name }.
map-table-caption = Every area, highest first
map-col-class = Class

## Step 2: the coalition
coalition-title = Coalition
coalition-intro = Who takes part in this neighbourhood approach: the municipality, civil society organisations, residents and entrepreneurs. A coalition is never finished: parties join and leave, and those who left stay in the history.
coalition-unpublished = Not public yet: publish the Coalition page to share it.
coalition-now = Takes part now
coalition-type-empty = No party of this type.
coalition-former = Took part before
coalition-timeline = Timeline
coalition-timeline-empty = No parties recorded yet.
timeline-joined = { $party } joined
timeline-left = { $party } left
signals-title = Note
signal-empty = No party takes part yet.
signal-no-residents = No residents or residents' organisation takes part.
signal-type-missing-overheid = The municipality does not take part.
signal-type-missing-maatschappelijk = No civil society organisations take part.
party-type-overheid = Municipality and State
party-type-maatschappelijk = Civil society organisations
party-type-bewoners = Residents
party-type-ondernemers = Entrepreneurs
party-kind-gemeente = municipality
party-kind-woningcorporatie = housing association
party-kind-zorg = care
party-kind-welzijn = welfare
party-kind-politie = police
party-kind-openbaar-ministerie = Public Prosecution Service
party-kind-onderwijs = education
party-kind-sport = sport
party-kind-cultuur = culture
party-kind-ondernemers = employers and entrepreneurs
party-kind-bewoners = residents or residents' organisation
party-kind-rijk = State
party-kind-overig = other
party-since = since { $date }
party-new = Add a party
party-edit = Edit party
party-edit-title = Edit { $name }
party-create-submit = Add party
party-current = takes part
party-former = no longer takes part
party-leave = Record leaving
party-rejoin = Record rejoining
party-leave-title = { $name } leaves
party-rejoin-title = { $name } joins again
party-leave-intro = The party stays in the coalition's history, with the reason it left.
party-rejoin-intro = A new period of taking part starts on this date.
party-leave-submit = Record leaving
party-rejoin-submit = Record joining
party-periods = Taking part
party-still = still
party-left-because = left: { $reason }
party-contacts = Contact persons
party-contacts-private = Visible to members of the programme only.
party-contacts-empty = No contact persons yet.
party-accounts = Accounts that act for this party
party-accounts-intro = Members of the programme who update this party's measures on its behalf.
party-accounts-empty = No accounts linked yet.
party-account-link = Link
party-account-unlink = Unlink { $email }
contact-add-title = Add a contact person
contact-add-submit = Add contact person
contact-remove-link = Remove { $name }
contact-remove-title = Remove { $name } as contact person of { $party }?
contact-remove-text = The contact details disappear from the programme.
contact-remove-submit = Remove contact person
stale-title = Someone else changed this in the meantime
stale-text = Since you opened this form, someone else saved it. The current version is shown below; your input is in the form. Check it and save again to keep your version.
stale-move-text = Since you opened this form, this party's participation changed. Check the current state and save again.
choose = Choose…
col-joined = Joined
col-left = Left
col-note = Note
field-kind = Kind of party
# The error summary names a field as its own form does (`field-{form}-{name}`).
field-user-password = { field-initial-password }
field-vision-text = { field-vision }
field-story-role = { field-role-story }
field-goal-reason = { field-change-reason }
field-measure-reason = { field-change-reason }
field-vision-reason = { field-change-reason }
field-join-reason = { field-joined-note }
field-party-name = Name of the party
field-joined-on = Joined on
field-joined-note = Note on joining
field-date = Date
field-reason = Reason
field-leave-reason = Reason for leaving
field-contact-name = Name
field-contact-role = Position
field-contact-email = Email address
field-account = Account
hint-party-name = For example "Woonstad Rotterdam" or "Residents' association Bloemhof".
hint-party-description = What the party brings. An empty line starts a new paragraph.
hint-joined-note = For example "signed the neighbourhood deal".
hint-leave-reason = For example "merged with another organisation" or "assignment completed".
hint-contact-role = For example "neighbourhood director".
error-party-name-taken = This programme already has a party of this name.
error-leave-before-join = The party joined on { $date }; it cannot leave earlier.
error-join-before-leave = The party left on { $date }; it cannot join again earlier.
audit-party-create = Party added
audit-party-update = Party changed
audit-party-leave = Party left
audit-party-join = Party joined again
audit-party-contact = Contact persons changed
audit-party-account = Party accounts changed
fact-parties = { $count ->
    [one] { $count } party takes part
   *[other] { $count } parties take part
}

## Step 2: bodies and decisions
bodies-title = Bodies and decisions
bodies-empty = No steering group, directing group or working group recorded yet.
body-new = Add a body
body-edit = Edit body
body-edit-title = Edit { $name }
body-create-submit = Add body
body-kind-stuurgroep = steering group
body-kind-regiegroep = directing group
body-kind-werkgroep = working group
body-kind-wijkteam = neighbourhood team
body-kind-overig = other body
rule-consensus = decides by consensus
rule-meerderheid = decides by majority
rule-trekker = a lead party decides
body-seat-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
body-last-decision = last decision { $date }
body-seats = Members
body-seats-empty = No members yet.
body-no-parties = Add parties to the coalition first; a member sits in a body for a party.
body-meetings = Meetings and decisions
body-meetings-empty = No meetings recorded yet.
meeting-of = Meeting of { $date }
meeting-no-decisions = No decisions.
meeting-add-title = Plan or record a meeting
meeting-add-submit = Add meeting
seat-add-title = Add a member
seat-add-submit = Add member
seat-end = { $name } steps down today
signal-no-steering = There is no steering group.
signal-body-quiet = { $name } took no decision in the last half year.
stale-body-text = Since you opened this form, someone else saved this body. Your input is in the form; save again to keep your version.
field-body-name = Name of the body
field-body-kind = Kind of body
field-rule = How the body decides
field-lead-party = Lead party
field-party = Party
field-person = Name
field-position = Role in the body
field-started-on = Member since
field-held-on = Date of the meeting
field-decisions = Decisions
field-notes = Minutes
col-until = Until
hint-body-name = For example "Steering group South".
hint-lead-party = Only needed when a lead party decides.
hint-body-description = What the body is about and how often it meets.
hint-person = For example "alderman for housing" or a name.
hint-position = For example "chair".
hint-decisions = One decision per line. Each decision gets a number, such as SG-2026-1, that later changes to the agenda can refer to.
error-lead-party = Choose the party that decides.
error-body-name-taken = This programme already has a body of this name.
error-decision-too-long = A decision is at most { $max } characters.
error-too-many-decisions = Record at most { $max } decisions per meeting.
audit-body-create = Body added
audit-body-update = Body changed
audit-body-seat = Body members changed
audit-body-meeting = Meeting recorded
coalition-download-csv = parties (CSV)
coalition-download-xlsx = parties (Excel)
coalition-download-json = parties (JSON)

## Step 3: the agenda
agenda-title = Agenda
agenda-intro = The coalition's shared vision and, step by step, the goals, measures and commitments that follow from it.
agenda-unpublished = Not public yet: publish the Agenda page to share it.
vision-title = Shared vision
vision-empty = The coalition has not recorded its vision yet.
vision-agreed = Agreed by { $by } on { $date }
vision-decision = decision { $number }
vision-earlier = Earlier versions
vision-new-version = New version of the vision
vision-first = Record the vision
vision-form-title = Record the vision
vision-form-intro = A new version replaces the current one; earlier versions stay readable.
vision-no-decision = No decision
vision-submit = Record version
field-vision = Vision
field-agreed-by = Agreed by
field-agreed-on = Agreed on
field-decision = Decision
hint-vision = An empty line starts a new paragraph.
hint-agreed-by = For example "Steering group South" or "all parties of the neighbourhood deal".
error-vision-unchanged = This text is the same as the current vision.
audit-vision-version = New version of the vision

## Agenda (step 3): goals, measures, financing, plans, matrix, residents' agenda, wijkdeal
actions = Actions
agenda-nav-label = Parts of the agenda
agenda-nav-goals = Vision and goals
goals-title = Goals
goals-empty = There are no goals yet. A goal says what must change in the neighbourhood, measured by a result indicator.
goals-csv = Download goals (CSV)
goals-xlsx = Download goals (Excel)
goal-new = Add goal
goal-edit = Edit goal
goal-edit-title = Edit goal: { $title }
goal-create-submit = Add goal
goal-edit-link = Edit goal { $title }
goal-add-measure = Add a measure for { $title }
goal-delete-link = Delete goal { $title }
goal-delete-title = Delete goal “{ $title }”?
goal-delete-text = The goal leaves the agenda. Measures for this goal remain, unlinked. The history keeps what it said.
goal-delete-submit = Delete goal
goal-in-year = by { $year }
goal-no-baseline = no baseline yet
goal-no-target = no target yet
goal-no-measures = no measures yet
goal-source-catalogus = A figure from the statistics (values arrive with imported CBS/RIVM figures)
goal-source-eigen = The coalition's own indicator
field-title = Title
goal-result-indicator = Result indicator
field-indicator = Figure
field-indicator-source = Kind of indicator
field-goal-area = Measured for area
goal-area-programme = The programme's whole area ({ $count ->
    [one] { $count } area
   *[other] { $count } areas together
})
goal-area-programme-name = the programme area
field-own-name = Name of the own indicator
field-own-unit = Unit
field-baseline = Baseline
field-baseline-period = Period of the baseline
field-target = Target
field-target-year = Target year
field-milestones = Interim targets
field-goal-position = Order within the theme
hint-goal-title = What must change? For example “Fewer households with money worries”.
hint-goal-themes = The first theme ticked decides where the goal sits on the agenda.
hint-goal-description = Optional.
hint-goal-indicator = Measure results, not efforts.
hint-own-name = For example “Active residents' initiatives”.
hint-own-unit = For example “number” or “%”.
hint-baseline = A number, for example 31.5. Leave it empty for a catalogue indicator: WijkWijzer fills in the published figure.
hint-baseline-period = For example 2022.
hint-target = A number, with a target year.
hint-milestones = One per line: year, colon, value. For example “2026: 29”.
hint-goal-position = Lower comes first.
error-goal-themes = Choose at least one theme.
error-goal-polarity = Choose whether higher is better or worse.
goal-baseline-fetch = Fetch baseline
hint-goal-baseline-fetch = Fills in the baseline with the published figure of the chosen area: of the period you fill in, or else the last figure before the approach started. If you leave the baseline empty, this also happens when you save. A number you type yourself stays.
goal-baseline-filled = Baseline filled in from the published figures: { $value } in { $year } for { $area }. Check and save.
error-goal-indicator-no-figure = There is no published figure of this indicator for { $area }. Choose another indicator, another area, or an indicator of your own.
error-goal-no-figure-in = There is no figure for { $area } in { $year }; there is for { $years }. Choose one of those years, or fill in the baseline yourself.
error-goal-baseline-period = Say which period the baseline describes.
error-goal-target-pair = Fill in both target and target year, or neither.
error-goal-milestone = This line is not “year: value”: { $line }
error-goal-milestone-year = An interim target lies before the target year and each year appears once: { $line }
error-number = Enter a number, for example 12.5.
error-euros = Enter an amount in euros, for example 12,500 or 12,500.50.
error-positive = Enter a number of 0 or more.
error-number-ambiguous = Did you mean { $first } or { $second }? Type the number so that it reads only one way: { $first } or { $second }.
error-number-convention = Did you mean { $reading }? In English the decimal mark is a point and a comma separates thousands.
error-euros-cents = An amount has at most two decimals, for example 12,500.50.
error-goal-milestone-ambiguous = Did you mean { $first } or { $second } on this line? { $line }
error-goal-milestone-convention = Did you mean { $reading } on this line? In English the decimal mark is a point: { $line }
measures-title = Measures
measures-intro = What the parties do for the goals: who owns it, who takes part, what was promised and how it is paid for.
measures-empty = There are no measures yet.
measures-csv = Download measures (CSV)
measures-xlsx = Download measures (Excel)
measures-no-plan = Not in an execution plan
measure-new = Add measure
measure-edit = Edit measure
measure-edit-title = Edit measure: { $title }
measure-create-submit = Add measure
measure-delete = Delete measure
measure-delete-title = Delete measure “{ $title }”?
measure-delete-text = The measure goes, with its commitments and budget lines. The history keeps what it said.
measure-delete-submit = Delete measure
measure-period = Period
measure-open-ended = ongoing
measure-no-owner = no owner (party removed)
measure-no-goal = Without a goal
measure-no-goals-yet = There are no goals to link yet.
measure-no-plan = No execution plan
measure-status-idee = Idea
measure-status-gepland = Planned
measure-status-lopend = Running
measure-status-afgerond = Done
measure-status-gestopt = Stopped
field-goals = Goals
field-owner = Owner
field-partners = Partners
field-starts-on = Start
field-ends-on = End
field-status = Status
field-status-reason = Note on the status
field-plan = Execution plan
hint-measure-title = For example “Employers' network South”.
hint-measure-description = Optional.
hint-measure-owner = The party responsible. Accounts of that party can update the measure.
hint-ends-on = Leave empty if the measure is ongoing.
hint-status-reason = Required when the measure stopped.
error-measure-owner = Choose the party that owns it.
error-measure-owner-own = Choose a party you act for.
error-measure-ends-before = The end lies before the start.
commitments-title = Commitments
commitments-intro = What a party promised in numbers, and what it has delivered so far.
commitments-empty = No commitments yet.
commitment-new = Add commitment
commitment-edit = Edit commitment { $what }
commitment-progress = Delivered of { $what }
field-what = What was promised
field-promised = Number promised
field-delivered = Delivered so far
field-due-year = Due by
hint-commitment-what = For example “work placements”.
hint-promised = For example 250.
hint-delivered = Optional; 0 when nothing was delivered yet.
budget-title = Budget
budget-empty = No budget lines yet.
budget-new = Add budget line
budget-edit = Edit budget line { $year }
field-year = Year
field-planned = Amount budgeted
field-spent = Amount spent
field-funding-source = Funding source
field-funder = Funding party
field-cost-kind = Kind of cost
field-note = Note
hint-euros = In euros, for example 12,500 or 12,500.50.
hint-funder = Optional: the coalition party that pays.
funder-none = No party given
source-gemeente = Municipality
source-corporatie = Housing corporation
source-zorgverzekeraar = Health insurer
source-rijk = National government
source-provincie = Province
source-fonds = Fund
source-wijkbudget = Wijkbudget (residents)
source-overig = Other
cost-kind-uitvoering = Execution
cost-kind-proces = Process
cost-kind-menskracht = Staff
line-form-title-toezeggingen = Commitment
line-form-title-begroting = Budget line
line-remove = Remove { $what }
line-delete-title-toezeggingen = Remove a commitment of “{ $title }”?
line-delete-title-begroting = Remove a budget line of “{ $title }”?
line-delete-text = The line goes. The measure's history keeps what it said.
line-delete-submit = Remove line
stale-line-text = Someone else changed this measure after you opened the form. Below is what is stored now; the form holds what you typed. Save again to apply your change.
plans-title = Execution plans
plans-intro = A neighbourhood approach runs for many years; execution plans group the measures per period, for example 2024–2027.
plans-empty = No execution plans yet.
plan-new = Add execution plan
plan-edit = Edit { $name }
plan-edit-title = Edit execution plan
plan-create-submit = Add execution plan
plan-period = Period
plan-no-measures = No measures in this execution plan yet.
field-starts-year = First year
field-ends-year = Last year
hint-plan-name = For example “Execution plan 2024–2027”.
error-plan-ends-before = The last year lies before the first.
error-plan-name-taken = There already is an execution plan with this name.
finance-title = Financing
finance-intro = Money budgeted and spent on all measures, per funding party, per source, per year and per theme. Each overview adds up to the same total.
finance-empty = There are no budget lines yet.
finance-summary = { $planned } budgeted and { $spent } spent across { $count ->
    [one] 1 measure
   *[other] { $count } measures
}.
finance-csv = Download budget lines (CSV)
finance-xlsx = Download budget lines (Excel)
finance-planned = Budgeted
finance-spent = Spent
finance-share-spent = Share spent
finance-total = Total
finance-by-party = Per funding party
finance-by-source = Per funding source
finance-by-year = Per year
finance-by-theme = Per theme
finance-no-theme = Measures without a goal
finance-theme-rule = A measure counts under the first theme of its first goal.
matrix-title = Who does what
matrix-intro = Per party and per goal: the measures the party owns, and those it takes part in.
matrix-empty = There are no parties yet.
matrix-none = no measure
matrix-owner = owner
matrix-partner = partner
signal-no-measure = Parties without a measure: { $parties }.
residents-title = Residents' agenda
residents-intro = Residents and their organisations put items on the agenda. The municipality answers each with a counter-offer, explained.
residents-empty = There are no items on the residents' agenda yet.
residents-csv = Download residents' agenda (CSV)
residents-xlsx = Download residents' agenda (Excel)
item-new = Bring in an item
item-new-intro = What should happen, according to residents? The item is visible to the programme; the manager can publish it.
item-submit = Bring in item
item-submitted = Brought in by { $by } on { $date }
field-item-title = Item
field-body = Explanation
field-submitted-by = Brought in by
field-submitted-on = Brought in on
hint-item-body = What is going on and what do residents propose?
hint-submitted-by = As the residents want to be named, for example “Residents' platform Bloemhof”. No names of persons.
answer-title = The municipality's counter-offer
answer-none = No counter-offer yet
answer-none-yet = The municipality has not answered yet.
answer-give = Give a counter-offer
answer-change = Change the counter-offer
answer-submit = Save counter-offer
answer-past-in-plannen = Fits the municipality's plans
answer-samen-oppakken = We pick it up together
answer-andere-partijen = Residents look for other parties
answer-afgewezen = Declined
field-answer = Counter-offer
field-answer-text = Explanation
field-answered-on = Date of the counter-offer
hint-answer-text = Explain why, and what the next step is.
error-answer-before-item = The counter-offer cannot predate the item.
publish-title = Publish
item-is-published = This item is public once the programme's agenda is published.
item-is-private = This item is visible to the programme only.
item-publish = Publish
item-unpublish = Stop publishing
item-delete = Delete item
item-delete-title = Delete item “{ $title }”?
item-delete-text = The item and the counter-offer go. The history keeps what they said.
item-delete-submit = Delete item
stale-item-text = Someone else changed this item after you opened the page. Look at what it says now and try again.
wijkdeal-title = Wijkdeal
wijkdeal-heading = Wijkdeal { $name }
wijkdeal-intro = The agreements of the partners in the neighbourhood approach in { $municipality }, { $start } to { $horizon }: the shared vision, the goals with their targets, the measures with their owners and what each party promises and contributes.
wijkdeal-parties = Parties and their contributions
wijkdeal-total = Budgeted together: { $planned }.
wijkdeal-owns = Owner of
wijkdeal-delivered = { $value } delivered
wijkdeal-contribution = Financial contribution (budgeted)
wijkdeal-sign = On behalf of { $party }: name, date and signature
wijkdeal-no-parties = There are no parties yet.
wijkdeal-printed = As of { $date }.
audit-goal-create = Goal added
audit-goal-update = Goal changed
audit-goal-delete = Goal deleted
audit-measure-create = Measure added
audit-measure-update = Measure changed
audit-measure-delete = Measure deleted
audit-measure-commitment = Commitments changed
audit-measure-budget = Budget changed
audit-plan-create = Execution plan added
audit-plan-update = Execution plan changed
audit-agenda_item-create = Item on the residents' agenda
audit-agenda_item-answer = Counter-offer given
audit-agenda_item-publish = Item published
audit-agenda_item-unpublish = Item no longer published
audit-agenda_item-delete = Item deleted

## Step 4: preconditions health check
fact-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
fact-measures = { $count ->
    [one] { $count } measure
   *[other] { $count } measures
}
fact-agenda-items = { $count ->
    [one] { $count } item on the residents' agenda
   *[other] { $count } items on the residents' agenda
}
fact-goals-followed = { $count ->
    [one] 1 goal followed on Progress
   *[other] { $count } goals followed on Progress
}
fact-measurements = { $count ->
    [one] 1 value entered
   *[other] { $count } values entered
}
fact-reports = { $count ->
    [one] 1 published progress report
   *[other] { $count } published progress reports
}
fact-rounds = { $count ->
    [one] { $count } assessment round
   *[other] { $count } assessment rounds
}
preconditions-title = Preconditions
preconditions-intro = A periodic check of the seven preconditions that raise a neighbourhood approach's chance of success (Platform31). Participants score each from 1 to 5 and say at which level they speak; residents take part through a link, without an account.
preconditions-unpublished = Not public: only members of the programme see this page.
preconditions-empty = No assessment round has been held yet.
precondition-answer-invite = The round “{ $name }” is open and you have not taken part yet.
precondition-answer-now = Take part
precondition-results-of = Results: { $name }
precondition-opened = Opened on { $date }
precondition-closed = closed on { $date }
precondition-open = still open
precondition-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
precondition-links-title = Links for residents
precondition-links-intro = Make one-time links to hand out, for example at a residents' evening. Each link works once, without an account; who uses it is not recorded.
precondition-links-used = { $used } of { $made } used
precondition-links-submit = Make links
precondition-links-once = These links are shown only once. Print or copy them now.
precondition-back = Back to the round
field-label = What for
hint-links-label = For example “Residents' evening 12 March”.
field-count = Number of links
error-links-count = Choose a number from 1 to { $max }.
precondition-close = Close the round
precondition-no-answers = No responses yet.
precondition-divergence = { $precondition }: { $high } scores { $hm }, { $low } { $lm }. The levels see it differently; discuss it together.
precondition-radar-caption = The median per precondition (1 to 5, outward is better), for everyone and per level. The table below gives the same figures.
precondition-all = Everyone
precondition-table-caption = Median, spread and number of scores per precondition, and the median per level (number in brackets)
precondition-column = Precondition
precondition-median = Median
precondition-range = Spread
precondition-count = Number
precondition-weak = weak
precondition-guidance-title = What helps with { $precondition }
precondition-notes-title = Notes
precondition-evidence-title = What the programme's data say
precondition-evidence-intro = Per precondition the data that bear on it, with a link to look further.
precondition-trend-title = Development across rounds
precondition-trend-caption = The median per precondition per round, oldest first
precondition-round = Round
precondition-rounds-title = All rounds
precondition-new = New assessment round
precondition-new-submit = Open the round
field-round-name = Name of the round
hint-round-name = For example “Spring 2026”.
field-opened-on = Opened on
precondition-form-title = Preconditions assessment
precondition-form-intro = Score each precondition from 1 (absent) to 5 (strongly present), or choose “don't know”. A note helps the coalition understand the score.
precondition-form-intro-resident = How is the neighbourhood approach doing, in your view as a resident? Score each precondition from 1 (absent) to 5 (strongly present), or choose “don't know”. Your name is not asked for or recorded.
precondition-submit = Send answers
field-note-precondition = Note (optional)
score-1 = 1 absent
score-2 = 2 weak
score-3 = 3 fair
score-4 = 4 good
score-5 = 5 strong
score-unknown = Don't know
error-score = Choose a score from 1 to 5, or “don't know”.
error-score-none = Score at least one precondition.
precondition-thanks-title = Thank you
precondition-thanks-text = Your answers were received. The coalition will discuss the outcome.
precondition-link-used-title = This link was used already
precondition-link-used-text = Each link works once. Ask the programme's organisers for a new link if you have not taken part yet.
precondition-round-closed-title = This round is closed
precondition-round-closed-text = You can no longer take part in this round.
level-bestuur = Board
level-uitvoering = Practice
level-bewoners = Residents
level-bestuur-explained = Board (director or board member of a partner organisation)
level-uitvoering-explained = Practice (professional working in the neighbourhood)
level-bewoners-explained = Residents (resident or residents' organisation)
field-score-urgentie = Social urgency
field-score-visie = Shared and widely supported vision
field-score-verankering = Administrative anchoring
field-score-procesleiding = Independent process lead
field-score-lange-adem = Staying power
field-score-vertrouwen = Trust
field-score-middelen = Means
field-note-urgentie = Note on social urgency
field-note-visie = Note on the shared vision
field-note-verankering = Note on administrative anchoring
field-note-procesleiding = Note on the independent process lead
field-note-lange-adem = Note on staying power
field-note-vertrouwen = Note on trust
field-note-middelen = Note on means
precondition-urgentie = Social urgency
precondition-visie = Shared and widely supported vision
precondition-verankering = Administrative anchoring
precondition-procesleiding = Independent process lead
precondition-lange-adem = Staying power
precondition-vertrouwen = Trust
precondition-middelen = Means
precondition-urgentie-short = Urgency
precondition-visie-short = Vision
precondition-verankering-short = Anchoring
precondition-procesleiding-short = Process lead
precondition-lange-adem-short = Staying power
precondition-vertrouwen-short = Trust
precondition-middelen-short = Means
precondition-urgentie-question = Do all parties feel the need to make an extra joint effort in this neighbourhood now?
precondition-visie-question = Is there a shared view of the neighbourhood's future, at board, practice and resident level?
precondition-verankering-question = Is there a steering group with directors of all parties, with clear agreements on decisions?
precondition-procesleiding-question = Is there an impartial process lead with a mandate, who connects and also dares to confront?
precondition-lange-adem-question = Is the approach set up for many years, with a generation as horizon and room to adjust?
precondition-vertrouwen-question = Do residents and partners trust the approach and each other, at all levels?
precondition-middelen-question = Are there enough people, execution money and process money?
precondition-urgentie-guidance = A felt need helps to create commitment, support and focus, and to set priorities. Make the urgency visible with the neighbourhood's figures and stories (the dossier) and discuss it with all parties.
precondition-visie-guidance = Actively look for shared interests and opportunities to connect, at all levels: board, practice and residents. Record the vision, have it confirmed, and adjust it as insight grows.
precondition-verankering-guidance = Set up a steering group with directors or board members of all parties involved, and agree beforehand how decisions are taken. Administrative backing gives practitioners confidence.
precondition-procesleiding-guidance = An impartial process manager with a mandate oversees the whole, can stand above the parties and connects, rubs and confronts where needed — especially where relations are fragile or tense.
precondition-lange-adem-guidance = One finished project does not make a liveable neighbourhood. Take a generation as horizon, work with multi-year execution plans and keep room to sharpen interventions.
precondition-vertrouwen-guidance = Trust is not a given. Invest in it with residents and partners at all levels: answer the residents' agenda, keep agreements and celebrate successes together.
precondition-middelen-guidance = Building a coalition, a vision and executing it take time, money and people. Combine efforts across domains, consider neighbourhood teams and neighbourhood budgets that put residents in control.
evidence-urgency = { $count ->
    [one] 1 story
   *[other] { $count } stories
} of residents and professionals; the neighbourhood dossier
evidence-vision = Vision agreed on { $date } by { $by }
evidence-no-vision = No shared vision recorded yet
evidence-anchoring-ok = There is a steering group and every body took a decision in the last half year
evidence-process-lead = { $count ->
    [one] 1 process lead (manager)
   *[other] { $count } process leads (managers)
} in the programme
evidence-long-breath = Horizon { $horizon }; execution plans up to and including { $year }
evidence-no-plans = Horizon { $horizon }; no execution plan recorded yet
evidence-trust = { $count ->
    [one] 1 item on the residents' agenda awaits
   *[other] { $count } items on the residents' agenda await
} a counter-offer
evidence-means-ok = No running measure whose money ends this year
evidence-means-ending = { $count ->
    [one] 1 running or planned measure has
   *[other] { $count } running or planned measures have
} no budget after { $year }: { $measures }
audit-round-create = Assessment round opened
audit-round-close = Assessment round closed
audit-round-answer = Assessment answered
audit-round-links = Links for residents made

## Step 5: monitoring results
progress-title = Progress
progress-intro = Results, not efforts: every goal set against the straight line from baseline to target (through the interim targets), with the figures per year and the story behind the curve.
progress-unpublished = Not public: only members of the programme see this page.
progress-empty = There are no goals to follow yet. Record them on the agenda.
progress-summary = { $on_track } of { $total } goals achieved or on track.
progress-latest = latest value { $value } ({ $year })
progress-story-of = The story behind { $year }:
judgement-behaald = Achieved
judgement-op-koers = On track
judgement-achter = Behind
judgement-geen-gegevens = No data
judgement-geen-nulmeting = No baseline
judgement-geen-nulmeting-explained = There is a target, but without a baseline there is no line to measure progress against. Fill in the goal's baseline.
judgement-geen-doelwaarde = No target
judgement-behaald-explained = The latest value reached the target.
judgement-op-koers-explained = The latest value is on or ahead of the line from baseline to target.
judgement-achter-explained = The latest value lags the line from baseline to target.
judgement-geen-gegevens-explained = There is no value after the baseline yet.
judgement-geen-doelwaarde-explained = Without a target, progress cannot be judged.
chart-title = Course of “{ $goal }”: the line from baseline to target and the values per year
chart-path = line to the target
chart-values = values
progress-values-caption = The values per year and what the line to the target expects that year
progress-value = Value
progress-expected = Expected on the line
progress-stories-title = The story behind the curve
progress-no-stories = No story with the figures yet.
field-story-year = Year of the story
field-story-text = What do we read in this year's figures?
hint-curve-story = Leaving it empty removes this year's story.
progress-story-submit = Save story
progress-entered-title = Entered values
progress-entered-empty = No values entered yet.
progress-review = Review
review-ingediend = Awaiting review
review-goedgekeurd = Approved
review-teruggestuurd = Returned
field-remark = Remark
review-approve = Approve value { $year }
review-return = Return value { $year }
progress-enter-title = Enter a value
progress-enter-intro = Your value counts once a manager has approved it.
progress-enter-intro-manager = As a manager, your value counts at once.
field-value = Value
field-source-text = Source
field-evidence = Evidence
hint-value-year = The year the value is about.
hint-source-text = Where does the figure come from? For example “Community work South register”.
hint-evidence = Optional: a link or short description of the evidence.
progress-enter-submit = Save value
error-year-future = This year has not ended yet.
error-value-exists = A value for this year was entered and has since changed. Look at the table and try again.
audit-goal-measurement = Value entered
audit-goal-approve = Value approved
audit-goal-return = Value returned
audit-goal-story = Story behind the curve

## Step 5: agility (revision log)
revision-note-legend = Why does this change?
revision-note-hint = The agenda may move, but every adjustment is recorded with its reason and, when there is one, the decision it rests on. That keeps it traceable why a goal or measure changed.
field-change-reason = Reason for the change
hint-reason = For example: "Target already reached in 2025; the steering group raises the bar."
hint-reason-vision = Why does the vision change? This goes into the revision log.
field-revision-decision = Decision the change rests on (optional)
error-reason-required = Say why this changes.
error-decision-unknown = Choose a decision from the list.
revisions-title = Changes to the agenda
revisions-intro = Every adjustment of the vision, a goal or a measure: what changed, why, when, and on the basis of which decision.
revisions-years = Changes by year
revisions-all-years = All years
revisions-empty = Nothing has been adjusted yet. When you change a goal, a measure or the vision, WijkWijzer asks for the reason and the change appears here.
revisions-link = Changes
revision-subject-visie = Vision
revision-subject-doel = Goal
revision-subject-maatregel = Measure
revision-reason = Reason
revision-by-decision = decision { $decision }
revision-show-texts = Old and new text
revision-change-raised = { $field } raised from { $before } to { $after }
revision-change-lowered = { $field } lowered from { $before } to { $after }
revision-change-changed = { $field } changed from { $before } to { $after }
revision-change-set = { $field } set: { $after }
revision-change-cleared = { $field } removed (was { $before })
revision-change-long = { $field } rewritten
revision-field-title = Title
revision-field-themes = Themes
revision-field-description = Description
revision-field-indicator = Indicator
revision-field-baseline = Baseline
revision-field-baseline-period = Baseline period
revision-field-target = Target
revision-field-target-year = Target year
revision-field-milestones = Interim targets
revision-field-goals = Goals
revision-field-owner = Owner
revision-field-partners = Partners
revision-field-starts-on = Start
revision-field-ends-on = End
revision-field-status = Status
revision-field-plan = Execution plan
revision-field-vision = Vision
revisions-of-goal = Revisions of this goal
revisions-of-measure = Revisions of this measure
revisions-none-here = Nothing has been revised here yet.
rba-title = Results
rba-intro = What does the measure achieve? Three questions, each with its own figures: how much did we do, how well did we do it, and is anyone better off? Only the third speaks of results; the first two are about effort.
rba-empty = No results recorded yet.
rba-none-of-kind = No figures for this question yet.
rba-new = Add a result
rba-edit = Change { $what }
rba-hoeveel = How much did we do?
rba-hoe-goed = How well did we do it?
rba-beter-af = Is anyone better off?
field-result-kind = Which question does this figure answer?
field-result-label = What was counted
hint-result-label = For example: "households with a kitchen-table talk" or "participants still in work after a year".
field-result-value = Value
field-result-unit = Unit
hint-result-unit = For example: number, %, weeks.
line-form-title-resultaten = Result
line-delete-title-resultaten = Remove a result of “{ $title }”?
audit-measure-result = Results changed
successes-title = Successes and milestones
successes-intro = A neighbourhood approach takes a generation. Record what was achieved and what is worth celebrating, with its date: it keeps the coalition going and it goes into the progress report.
successes-empty = No successes or milestones recorded yet.
successes-link = Successes and milestones
success-kind-mijlpaal = Milestone
success-kind-succes = Success
success-new = Record a success or milestone
success-edit-title = Change a success or milestone
success-create-submit = Record
success-edit = Change “{ $title }”
success-delete = Delete “{ $title }”
success-delete-title = Delete “{ $title }”?
success-delete-text = The success or milestone disappears from the list and from future reports. The history keeps that it existed.
success-delete-submit = Delete
success-no-goal = No goal
success-no-measure = No measure
field-success-kind = Kind
field-success-title = What was achieved?
hint-success-title = For example: "First neighbourhood living room opened in Bloemhof".
field-happened-on = Date
field-goal = Belongs to goal
field-measure = Belongs to measure
audit-success-create = Success recorded
audit-success-update = Success changed
audit-success-delete = Success deleted
report-title = Progress report { $year }: { $programme }
report-generated = Made with WijkWijzer on { $date }, from what the coalition recorded.
report-toc = Contents
report-summary = Summary
report-results = Results by theme
report-results-intro = Results first: each goal against the line from baseline to target, with the figures up to and including this year and the story behind the curve.
report-measures = Measures and commitments
report-measures-intro = Then the effort: the measures that ran this year, with their status and results, and what the parties promised and delivered.
report-measure = Measure
report-no-measures = No measures ran this year.
report-results-of = Results { $year }
report-finance = Money in { $year }: planned and spent by source
report-no-money = No money was planned for { $year }.
report-preconditions = Preconditions: the latest round
report-no-round = No round of the preconditions has been held yet.
report-revisions = Revisions in { $year }
report-no-revisions = The agenda was not revised in { $year }.
report-successes = Successes and milestones in { $year }
report-no-successes = No successes or milestones were recorded for { $year }.
report-successes-count = { $count ->
    [one] 1 success or milestone
   *[other] { $count } successes and milestones
}
report-commitments-met = { $met } of { $total } commitments fully met.
report-money = { $planned } planned and { $spent } spent in { $year }.
report-sources = Sources
report-sources-intro = The figures in this report come from:
report-made-by = This report was generated by WijkWijzer from the programme's data; nothing was retyped by hand.
cli-error-report-format = Unknown format “{ $value }”: choose pdf, html or typst.
cli-error-report-year = Year { $value } is outside 1990–2100.
cli-error-report-lang = Unknown language “{ $value }”: choose nl or en.
cli-error-report-programme = There is no programme with number { $id }.
cli-error-report-pdf = The PDF could not be made: { $detail }
cli-error-report-write = Cannot write { $path }: { $detail }
cli-report-written = Report written to { $path } ({ $size } kB).
notice-report-published = The report is published. Anyone can now read it, without logging in.
notice-report-already-published = This year was already published; the published version stayed as it was.
notice-report-unpublished = The report has been withdrawn and is no longer public.
reports-title = Progress reports
reports-link = Progress reports
reports-intro-members = One report per year, made from what the coalition recorded: results first, then effort. You see the draft as it stands now; a manager publishes a year, and then that version is fixed.
reports-intro-public = The published progress reports of this neighbourhood approach, by year.
reports-empty = No reports have been published yet.
reports-state = State
reports-draft = Draft, not published
reports-published-on = Published on { $date }
reports-read = Read the { $year } report
reports-pdf = The { $year } report as PDF
report-draft-badge = Draft: this is how the report looks now. Only members see this.
report-see-published = See the published version
report-working-badge = Working version: this is how the report would look now. The published version stays unchanged; only members see this working version.
report-published-badge = Published version, recorded on { $date }. Anyone can read it.
report-see-working = See the working version with today's figures
report-publish-title = Publish the { $year } report?
report-download-pdf = Download as PDF
report-publish = Publish the { $year } report
report-publish-hint = Publishing fixes this version, with its PDF. Later changes do not alter the published version; withdraw it to publish again.
report-unpublish = Withdraw publication
report-unpublish-title = Withdraw the { $year } report?
report-unpublish-text = The report will no longer be public. You can publish the year again afterwards, with the data of that moment.
report-unpublish-submit = Withdraw
audit-report-publish = Report published
audit-report-unpublish = Report withdrawn
cli-error-backup-exists = { $path } already exists; choose a new file name.
cli-error-backup-postgres = This command is for the embedded SQLite database. Back up PostgreSQL with pg_dump (see docs/OPERATIONS.md).
cli-error-backup = The backup to { $path } failed: { $detail }
cli-backup-written = Backup written to { $path } ({ $size } kB), a consistent copy of { $url }.
cli-error-restore-not-a-backup = { $path } is not an intact WijkWijzer database; nothing was changed.
cli-error-restore-exists = There is already a database at { $path }. Use --force to replace it (the current one is kept beside it).
cli-restored = Backup { $from } restored to { $path }.
cli-restore-kept = The replaced database was kept as { $path }.

## Privacy (GDPR)
nav-privacy = Privacy (GDPR)
privacy-title = Requests about personal data (GDPR)
privacy-intro = Find everything WijkWijzer stores about one person: by e-mail address (the account, contact persons with that address and what the account recorded) and by name (contact persons, seats in governance bodies, submitted by). Hand the data over for an access request or erase it for an erasure request.
field-person-name = Full name
hint-person-email = The address of the person's account or of a contact entry.
hint-person-name = Exactly as entered, at least 3 characters; case does not matter.
privacy-search = Search
privacy-found = Data found
privacy-none = Nothing found about this person.
privacy-account = Account
privacy-no-account = No account with this e-mail address.
privacy-memberships = Roles
privacy-parties = Acts for party
privacy-tokens = API tokens
privacy-logins = Login attempts kept
privacy-contacts = Contact person at
privacy-proposals = Contact details left with a wijkbudget proposal
privacy-seats = Seats in governance bodies
privacy-stories = Stories recorded by this account
privacy-authored = Named as author or submitter
privacy-actions = { $count } actions in the history
privacy-export = Download data (JSON)
privacy-erase = Erase data…
privacy-erase-title = Erase this person's data?
privacy-erase-text = The account is anonymised and blocked, contact details are deleted, the name disappears from seats, author fields and the history. What the programme decided and measured stays. This cannot be undone.
privacy-erase-submit = Erase for good
privacy-erased-title = The data has been erased.
privacy-erased-account = The account was anonymised and blocked.
privacy-erased-no-account = There was no account.
privacy-erased-contacts = { $count } contact entries deleted.
privacy-erased-proposals = Contact details removed from { $count } wijkbudget { $count ->
    [one] proposal
   *[other] proposals
}.
privacy-erased-seats = { $count } seats anonymised.
privacy-erased-labels = { $count } author fields replaced.
privacy-erased-audit = { $count } history entries cleaned.
error-privacy-who = Enter an e-mail address or a name.
error-privacy-self = You cannot erase the account you are logged in with.
error-too-short = Use at least { $min } characters.
party-retention = This party no longer takes part. Its contact details will be deleted on { $date } (retention period { $months } months after leaving).
yes = Yes
no = No

## Two-step verification
login-code-title = Code from your app
login-code-intro = Your password is right. Type the six-digit code your authenticator app shows now, or one of your recovery codes.
login-code-submit = Confirm
login-code-restart = Sign in again
field-code = Code
hint-code = Six digits from the app, or a recovery code (for example abcde-fghjk).
hint-code-enrol = The six digits the app shows now.
error-code-wrong = This code is not right. Check that the time on your phone is correct and try the code the app shows now.
error-code-used = This code has been used already. Wait for the next code in the app.
error-code-wait = Too many wrong codes. Please try again in { $minutes } minutes.
error-second-factor-required = Two-step verification is required for your account; you cannot turn it off.
enrol-title = Set up two-step verification
enrol-required-intro = Two-step verification is required for your account. Set it up once; after that WijkWijzer asks for a code from the app after your password.
enrol-step-app = Install an authenticator app on your phone, for example Microsoft Authenticator, Google Authenticator or FreeOTP.
enrol-step-scan = Scan this QR code with the app.
enrol-step-key = Cannot scan? Enter this key instead:
enrol-step-code = Type the six-digit code the app shows below.
enrol-qr-label = QR code to add WijkWijzer to your authenticator app
recovery-codes-title = Your recovery codes
recovery-codes-once = Keep these ten codes in a safe place, for example printed or in a password manager. They are shown only once.
recovery-codes-use = Lost your phone or not at hand? Type a recovery code instead of the code from the app when you sign in. Each recovery code works once.
recovery-codes-done = I have kept the codes, continue
recovery-codes-new = Make new recovery codes
recovery-codes-left = { $count ->
    [one] You have one recovery code left.
   *[other] You have { $count } recovery codes left.
}
second-factor-title = Two-step verification
second-factor-intro = With two-step verification WijkWijzer asks for a code from an app on your phone after your password. Someone who knows your password still cannot get in.
second-factor-on-since = Two-step verification has been on since { $date }.
second-factor-off = Two-step verification is off.
second-factor-turn-on = Turn on two-step verification
second-factor-turn-off = Turn off two-step verification
second-factor-required-here = Two-step verification is required for your account. Lost your phone? Sign in with a recovery code and ask a site administrator to let you set it up again.
second-factor-manage = Manage two-step verification
notice-login-expired = Your sign-in attempt has expired or was completed already. Please sign in again.
notice-second-factor-off = Two-step verification is now off.
field-reset-second-factor = Set up two-step verification again (after a lost phone)

## E-mail
mail-greeting = Dear { $name },
mail-closing = Kind regards, WijkWijzer
mail-reset-subject = New password for WijkWijzer
mail-reset-why = Someone asked for a new password for your WijkWijzer account. Was it not you? Then you can ignore this message; your password stays the same.
mail-reset-once = The link below works once, for an hour.
mail-reset-action = Choose a new password
mail-invitation-subject = Your WijkWijzer account
mail-invitation-why = { $inviter } created an account for you in WijkWijzer, where a municipality, its partners and residents carry out a neighbourhood approach together.
mail-invitation-once = Choose your own password through the link below. The link works once, for seven days.
mail-invitation-action = Choose your password
mail-test-subject = Test message from WijkWijzer
mail-test-greeting = Hello,
mail-test-body = This is a test message. If it arrives, WijkWijzer can send e-mail.
mail-test-action = Open WijkWijzer
forgotten-title = Forgotten password
forgotten-intro = Enter the e-mail address of your account. You will receive an e-mail with a link to choose a new password.
forgotten-submit = Send me a link
forgotten-sent = If there is an account with this e-mail address, an e-mail has been sent to it with a link to choose a new password. The link works once, for an hour. No e-mail? Check your spam folder too.
forgotten-back = Back to sign in
forgotten-no-mail = WijkWijzer sends no e-mail here. Ask a site administrator for a new password for your account.
forgotten-link = Forgotten your password?
choose-title-reset = Choose a new password
choose-title-invitation = Choose your password
choose-for = For the account { $email }.
choose-submit = Save password and sign in
choose-dead-title = This link no longer works
choose-dead = The link has been used, has expired, or the account is blocked. Ask for a new link if needed.
hint-password-or-invite = At least 12 characters. Leave empty to send an invitation by e-mail: the person then chooses their own password.
notice-invited = The invitation has been sent.
notice-password-chosen = Your password has been saved and you are signed in.
cli-mail-sent = Test message to { $to } sent. The mail server answered: { $answer }
cli-mail-failed = Test message to { $to } not sent: { $detail }
cli-mail-not-configured = No mail server is configured: set mail_url in wijkwijzer.toml (or WIJKWIJZER_MAIL_URL), for example smtp://wijkwijzer@smtp.gemeente.nl:587?tls=required.
cli-mail-bad-address = { $to } is not a valid e-mail address.
outbox-title = E-mail
outbox-not-configured = No mail server is configured (mail_url): messages wait here until there is one.
outbox-empty = No e-mail has been sent yet.
outbox-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
outbox-to = To
outbox-subject = Subject
outbox-attempts = Attempts
outbox-actions = Actions
outbox-retry = Send again
outbox-status-wachtend = Waiting to be sent
outbox-status-bezig = Being sent
outbox-status-verzonden = Sent
outbox-status-onbekend = Unknown: the sender stopped while sending; it may have arrived
outbox-status-mislukt = Failed
notice-mail-retry = The message will be sent again.
nav-mail = E-mail
outbox-link = Sent e-mail (invitations, password links)

## Notifications
notify-ter-beoordeling-subject = A value waits for your review: { $goal }
notify-ter-beoordeling-body = { $by } entered the value { $value } for { $year } for the goal "{ $goal }" of { $programme }. Approve the value or return it with a remark.
notify-teruggestuurd-subject = Your value was returned: { $goal }
notify-teruggestuurd-body = The value { $value } for { $year } for the goal "{ $goal }" of { $programme } was returned with this remark: { $remark }
notify-peiling-open-subject = Your view is asked: { $name }
notify-peiling-open-body = { $programme } asks for your view on the seven preconditions in the assessment "{ $name }". It takes a few minutes.
notify-peiling-sluit-subject = The assessment closes on { $date }
notify-peiling-sluit-body = The assessment of { $programme } closes on { $date } and your answer is still missing.
notify-overleg-stil-subject = No decision for half a year: { $name }
notify-overleg-stil-body = The body "{ $name }" of { $programme } has taken no decision since { $date }. Is it still needed, or should it change?
notify-geld-stopt-subject = The money ends this year: { $name }
notify-geld-stopt-body = For the measure "{ $name }" of { $programme } no money is budgeted after { $year }, while the measure goes on.
notify-action = See it in WijkWijzer
notify-why = You receive this message because you take part in this programme. Choose on your account page how often you want notifications: { $link }
notify-digest-subject = { $count ->
    [one] Weekly overview from WijkWijzer: one notification
   *[other] Weekly overview from WijkWijzer: { $count } notifications
}
notifications-title = Notifications by e-mail
notifications-intro = Choose for each kind of notification how often you want an e-mail.
notifications-save = Save choices
notifications-no-mail = WijkWijzer sends no e-mail here (yet); your choices apply as soon as it does.
notification-kind-ter-beoordeling = A value waits for my review
notification-kind-teruggestuurd = A value of mine was returned
notification-kind-peiling-open = An assessment of the preconditions opened
notification-kind-peiling-sluit = An assessment closes in three days and I have not answered
notification-kind-overleg-stil = A body took no decision for half a year
notification-kind-geld-stopt = A measure's money ends this year
frequency-direct = Immediately
frequency-week = Weekly overview
frequency-nooit = Never
notice-notifications-saved = Your notification choices have been saved.
field-closes-on = Closes on (planned)
hint-closes-on = Optional. Whoever has not answered gets a reminder three days before. For example 15-12-2026.
error-date-past = This date has passed.
error-closes-before-opening = The assessment cannot close before it opens.
precondition-closes = closes on { $date }

# Signing in through an identity provider (OpenID Connect)
login-with = Sign in with { $provider }
login-providers-title = With your organisation's account
login-password-title = Or with e-mail address and password
login-password-off = Signing in with a password is turned off. Sign in with your organisation's account.
login-oidc-unreachable = { $provider } cannot be reached right now. Please try again in a few minutes.
login-oidc-refused = { $provider } did not accept the sign-in (perhaps it took too long). Please try again.
login-oidc-invalid = The answer from { $provider } could not be verified. You are not signed in. Please try again; if it keeps happening, tell the administrator.
login-oidc-expired = This sign-in has expired or was used already. Choose "Sign in with { $provider }" again.
login-oidc-cancelled = Signing in at { $provider } was cancelled. You are not signed in.
login-oidc-blocked = Your WijkWijzer account is blocked. Please contact the administrator.
login-oidc-no-account = { $provider } knows you, but you have no WijkWijzer account yet. Ask the process lead or an administrator to add you.
login-oidc-address-taken = A WijkWijzer account with your e-mail address exists already. It cannot be linked to { $provider } automatically; ask an administrator to do so.
login-oidc-no-address = { $provider } sent no e-mail address, and an account needs one. Ask the administrator to check the settings.
audit-user-oidc-link = Account linked to signing in through an organisation
user-signs-in = Signs in
user-signs-in-provider = through { $provider } (no password in WijkWijzer)
user-signs-in-password = with e-mail address and password
error-password-provider = This account signs in through its organisation and gets no password.

## Fetching from StatLine and PDOK (wijkwijzer fetch, /beheer/import)
import-error-v4-measure = { $file }, observation { $row }: measure '{ $value }' is not in the table's MeasureCodes
import-error-v4-twice = { $file }, observation { $row }: measure { $column } already has a figure for this area and period ({ $value })
fetch-error-at-page = Page { $page } could not be read: { $reason } Nothing was stored; the previous figures remain.
fetch-error-offline = { $host } cannot be reached. Is this computer connected to the internet? In a closed network: set an internal mirror under [sources]. ({ $detail })
fetch-error-timeout = { $host } did not answer in time ({ $url }).
fetch-error-dropped = the connection to { $host } dropped while reading ({ $url }).
fetch-error-status = { $host } answered with error code { $detail } ({ $url }).
fetch-error-not-found = { $host } does not know this table or address ({ $url }). Check the table number and the source (cbs, cbs-v4 or rivm).
fetch-error-malformed = the answer of { $host } is not readable StatLine or PDOK JSON ({ $detail }).
fetch-error-too-large = the answer of { $host } is too large ({ $detail } bytes).
fetch-error-too-many-pages = { $host } keeps sending pages; stopped after { $page } pages.
fetch-error-next-link = the next page is at another address ({ $url }) than the service; it is not followed.
fetch-error-empty = the service has no figures for this selection ({ $detail }). Choose another level, municipality or period.
fetch-error-client = the HTTP connection could not be set up ({ $detail }).
fetch-error-level = '{ $value }' is not a level; choose buurt, wijk or gemeente.
fetch-error-municipality = '{ $value }' is not a municipality code; use GM followed by four digits, for example GM0599.
fetch-error-period = '{ $value }' is not a period; use for example 2024, 2024-Q3 or 2024JJ00.
fetch-error-table = '{ $value }' is not a StatLine table number such as 85984NED or 50090NED.
fetch-error-source = '{ $value }' is not a source; choose cbs (OData v3), cbs-v4 (OData v4) or rivm.
fetch-error-year = { $value } is not a year of the district and neighbourhood map.
cli-fetch-asking = asking for { $table }…
cli-fetch-page = page { $page }, { $records } records
cli-fetch-storing = storing…
cli-fetch-unchanged = { $table } has not changed since it was last fetched (version { $modified }); nothing fetched. Use --force to fetch anyway.
cli-fetch-done = Fetched: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $values } values in { $seconds } s; stored at once.
cli-fetch-failed = { $table } not fetched.
fetch-title = Fetch from StatLine and PDOK
fetch-intro = Fetch a table of CBS or RIVM without downloading files, or the district and neighbourhood map from PDOK. Everything is read and checked first and then stored at once; if fetching fails, the previous figures remain.
fetch-back-to-import = ← Back to importing
fetch-back = ← Back to fetching
fetch-now-title = Fetch now
fetch-force = Fetch even if the table has not changed since last time
fetch-submit = Fetch
fetch-runs-title = Log of fetches and checks
fetch-runs-empty = Nothing has been fetched yet.
fetch-col-table = Table
fetch-col-selection = Selection
fetch-col-outcome = Outcome
fetch-col-version = Version at the source
fetch-values-pages = { $values } values, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
fetch-kept-title = Tables kept current
fetch-kept-intro = WijkWijzer regularly checks whether StatLine has a newer version of these tables and fetches only a newer version. Every check is in the log.
fetch-kept-empty = No tables are kept current yet.
fetch-col-every = Check
fetch-col-last = Last check
fetch-col-next = Next check
fetch-every-days = { $count ->
    [one] every day
   *[other] every { $count } days
}
fetch-not-yet = not checked yet
fetch-unkeep-link = Stop keeping { $table } current
fetch-keep-title = Keep a table current
fetch-keep-submit = Keep current
field-dagen = Check every how many days
fetch-days-hint = 1 to 366; 7 is every week.
field-fetch-tabel = Table
fetch-table-hint = The StatLine table number, such as 85984NED (Key figures districts and neighbourhoods 2024) or 50090NED (Health Monitor, RIVM). For the district and neighbourhood map: the year, such as 2024.
field-bron = Source
field-gemeenten = Municipalities
field-perioden = Periods
fetch-municipalities-hint = Municipality codes separated by commas, such as GM0599, GM0363. Empty: the whole Netherlands.
fetch-periods-hint = Such as 2020 or 2020, 2016. Empty: all periods of the table.
fetch-source-auto = Automatic (RIVM tables at RIVM)
fetch-source-cbs = CBS, OData v3
fetch-source-cbs-v4 = CBS, OData v4
fetch-source-rivm = RIVM StatLine
fetch-source-pdok = District and neighbourhood map (PDOK)
fetch-level-all = All levels of the table
fetch-outcome-bezig = Running
fetch-outcome-opgehaald = Fetched
fetch-outcome-ongewijzigd = Unchanged
fetch-outcome-mislukt = Failed
fetch-whole-table = whole table
fetch-form-busy = This table is being fetched with this selection already. Wait until the log shows the outcome.
fetch-form-days = Enter a number of days from 1 to 366.
fetch-form-keep-boundaries = The district and neighbourhood map is not refreshed automatically; fetch a new year when it appears.
fetch-form-kept-already = This table is kept current with this selection already.
fetch-unkeep-title = Stop keeping { $title } current?
fetch-unkeep-text = WijkWijzer will no longer check this table. The fetched figures and the log remain.
fetch-unkeep-submit = Stop keeping current
notice-fetch-started = Fetching has started. The log below shows the outcome when it is done; refresh the page.
notice-fetch-kept = The table is kept current; the first check follows within a quarter of an hour.
notice-fetch-unkept = The table is no longer kept current.
audit-kept_table-create = Table kept current
audit-kept_table-delete = Table no longer kept current
imports-fetch-title = Fetching without files
imports-fetch-text = Tables of CBS and RIVM and the district and neighbourhood map can also be fetched straight from StatLine and PDOK, and kept current on a schedule. The log shows every fetch and check.
imports-fetch-link = To fetching from StatLine and PDOK
import-recognised = { $file }: recognised as { $table } ({ $source }) by its columns.
import-not-catalogued = { $file }: its columns are not in the catalogue. The urgency scan uses them only once they are classified (Admin › Indicators, /beheer/indicatoren).
import-read-windows-1252 = { $file }: read as Windows-1252 (how Excel saves CSV), not as UTF-8.
notice-imported-recognised = The files were imported and recognised by their columns; the table is shown below in the Table column.
notice-imported-not-catalogued = The files were imported, but their columns are not in the catalogue: the urgency scan uses them only once they are classified under Indicators.
cli-crosswalk-done = Region layout { $from } → { $to }: { $areas } areas divided over { $new } new ones (by surface): { $unchanged } unchanged, { $split } split, { $merged } merged, { $redrawn } redrawn, { $gone } not on the new map.
cli-crosswalk-no-boundaries = There are no boundaries of region layout { $year } for { $areas }. Import or fetch the district and neighbourhood map of that year first (wijkwijzer fetch --boundaries { $year }).
audit-crosswalk-create = Region layouts laid over each other
area-layout = { $year } ({ $source })
area-layouts = Region layout of these figures: { $layouts }.
trend-other-layout = not comparable (region layout { $year })
trend-carried = { $value } (converted from region layout { $year }, by surface)
figure-redivision = Line in the chart: the area was redrawn after { $period }. Earlier figures are converted to region layout { $year } by surface, an estimate, or marked as not comparable in the table.

## The programme area (the union of a programme's areas)
programme-area-title = Programme area
programme-area-link = The programme area as a whole
programme-area-own = Programme area
programme-area-lead = { $count ->
    [one] The area of this programme:
   *[other] The { $count } areas of this programme together:
}
programme-area-method-title = How the figures are combined
programme-area-method = A count (inhabitants, dwellings) is the sum of the areas. A percentage, average or figure per inhabitant is weighted by the basis the catalogue names for it (inhabitants, households or dwellings of the same year from the same table): an area with more inhabitants weighs more. Never the plain mean of percentages. When one area's figure is missing or confidential, or the basis is unknown, the figure is listed below under "Not combined", with the reason. RIVM's health figures are percentages of adults (18 or 65 and over); no imported table counts those per area, so they are listed under "Not combined". The GGD figures of 2016 count their adults (19 and over) themselves and are weighted by them.
programme-area-intro = { $count ->
    [one] 1 figure of the programme area, by theme, beside the municipality and the Netherlands.
   *[other] { $count } figures of the programme area, by theme, beside the municipality and the Netherlands.
}
programme-area-empty = There are no figures yet that can be combined for all areas of the programme.
programme-area-omitted-title = Not combined
programme-area-omitted-intro = { $count ->
    [one] 1 figure has no value for the programme area as a whole:
   *[other] { $count } figures have no value for the programme area as a whole:
}
programme-area-omitted-figure = Figure
programme-area-omitted-why = Why not
union-left-not-published = This figure is not published for { $area }.
union-left-withheld = The figure of { $area } is withheld ({ $symbol }).
union-left-no-basis = The catalogue names no basis to weight this figure by; a plain mean would mislead.
union-left-basis-missing = The basis to weight by is missing for { $area }.
union-left-layouts = The areas' figures belong to different region layouts.
programme-area-omitted-count = { $count ->
    [one] 1 figure
   *[other] { $count } figures
}
goal-measured-for = measured for { $area }
error-goal-indicator-no-union = This figure cannot be combined for the programme area as a whole (the Programme area page says why). Choose one area or another figure.

## A gemeente's portfolio
portfolio-profile-link = Figures of the municipality
portfolio-intro = { $count ->
    [one] 1 neighbourhood programme of this municipality, with what is public.
   *[other] { $count } neighbourhood programmes of this municipality side by side, with what each makes public.
}
portfolio-map-title = The areas of the neighbourhood programmes in { $name }
portfolio-side-by-side = The programmes side by side
portfolio-programme = Programme and areas
portfolio-goals = Goals
portfolio-round = Latest preconditions round
portfolio-reports = Yearly reports
portfolio-not-public = not public
portfolio-no-goals = no goals yet
portfolio-reached = { $count } reached
portfolio-on-course = { $count } on course
portfolio-behind = { $count } behind
portfolio-unjudged = { $count } not yet to judge
portfolio-no-round = no round yet
portfolio-weakest = lowest: { $precondition } (median { $median })
portfolio-no-reports = none yet
portfolio-money-hidden = { $count ->
    [one] 1 programme's agenda is not public; its money is not in the totals.
   *[other] { $count } programmes' agendas are not public; their money is not in the totals.
}
portfolio-money-title = Money by source and year
portfolio-money-intro = Money planned and spent by the programmes above together, by funding source and year. Rows and columns add up to the municipality's total.
portfolio-no-money = No money has been budgeted yet.
portfolio-source = Source
portfolio-spent = spent { $amount }
judgement-better-significant = significantly better
judgement-worse-significant = significantly worse
judgement-within-margin = within the margin (not significant)
figure-interval = 95% interval: { $low } to { $high }
figure-small-base = Small area ({ $count } inhabitants): the difference is not judged.
figure-no-margins = { $count ->
    [one] For 1 compared figure no margin (confidence interval) was imported: better and worse there say which way the difference goes, not whether it is significant.
   *[other] For { $count } compared figures no margin (confidence interval) was imported: better and worse there say which way the difference goes, not whether it is significant.
}
area-similar = Similar areas
figure-similar = { $value } (median of { $count })
similar-title = Similar areas
similar-intro = The { $count } areas of the same level in the Netherlands most like { $name } in context — not in the problems the scan weighs — on: { $features } (CBS { $table }, { $period }). Each figure above shows the median of those areas.
similar-method-link = How similar areas are chosen
similar-download = Download the list (CSV)
similar-download-xlsx = Download the list (Excel)
similar-list = { $count } similar areas
similar-no-context = Similar areas: no Kerncijfers wijken en buurten were imported at this level (the shipped extract stops at districts). Fetch the table under Admin → Import → Fetch to show them.
similar-missing = Similar areas: this area lacks a context figure the other areas have, so it is not compared.
similar-too-few = Similar areas: too few areas of this level have every context figure.
similar-per-inhabitant = { $title } per inhabitant
method-similar-title = Similar areas
method-similar-what = Besides the Netherlands and its own municipality, an area profile sets each figure beside the median of the 50 areas of the same level (district, municipality, and neighbourhood once the Kerncijfers are fetched at that level) most like the area in context. Context is what kind of place it is — how urban, how large, what housing, what age structure — and never a problem the scan weighs, such as income, health or loneliness: otherwise areas with the same problems would make each other look "normal".
method-similar-how = Each context feature is standardised over all areas of the level (value minus the median, divided by 1.4826 × the median absolute deviation, as in the scan). The distance of two areas is the root of the mean squared difference of their standardised features. The 50 nearest are the similar areas; ties are broken by area code, so the list is reproducible. An area lacking a feature is not compared on fewer features but gets no list. The list is on the profile and can be downloaded as CSV.
method-similar-features = The features come from the newest Kerncijfers wijken en buurten imported for the level, as far as it has them for at least nine in ten areas: address density, population density, inhabitants (logarithm: twice as large weighs the same anywhere), dwellings per inhabitant, owner-occupied and housing-association dwellings, single-family homes, children under 15 and people of 65 and over per inhabitant (catalogue/context.csv). The shipped 2024 extract has density, inhabitants and dwellings only.
method-similar-scan = As the scan's reference (choice "similar areas"), each area is compared, per indicator, with the median and spread of its own 50 similar areas that have that figure (at least 5), instead of with all areas of the Netherlands or the municipality. Because similar areas lie anywhere in the country, the scan is then computed nationally and shows the chosen municipality's areas afterwards, ranked within that municipality. An area without similar areas (a missing feature), or whose similar areas too seldom have the figure, is compared with the Netherlands for that figure and flagged. For buurten this needs a fetched Kerncijfers table down to buurt level.
method-margins-title = Margins and significance
method-margins-text = RIVM publishes a 95% confidence interval with its health figures (dimension Marges: lower bound MOG0095 and upper bound MBG0095 beside the value MW00000). When that interval is imported, a difference with the Netherlands or the municipality is called "significantly better" or "significantly worse" only when the intervals do not overlap (or, without an interval of the comparison, when its value lies outside the area's interval); otherwise "within the margin". The shipped exports hold the value only: the page then says that no margin is known, and better or worse means the direction only. Margins are never estimated. Without a margin, a percentage of an area with fewer than 100 inhabitants is not judged.
method-margins-scan = In the scan every figure counts as it is, but where a figure's margin is known and the reference (the median of the Netherlands or the municipality) lies within it, that reason says "within the margin": the difference is then not significant. In the JSON such a contribution has the field within_margin (true or false); without imported margins the field is absent.
method-union-title = The programme area as a whole
field-goal-variant = Age group
hint-goal-variant = For figures published per age group (such as RIVM's). Choose nothing for the first: all adults.
goal-variant-first = Default (all adults)
field-variant = Age group
trend-interval = { $value } (95% interval { $low } to { $high })

## Wijkbudget (issue 17)
field-amount = Amount
field-cost = What it costs
field-max-per-proposal = At most per proposal
field-verdict = Verdict
field-who-may-propose = Who may propose
field-proposals-from = Proposals from
field-assessment-from = Assessment from
field-voting-from = Voting from
field-results-from = Result from
field-execution-from = Execution from
error-proposal-cost-cap = A proposal may cost at most € { $max }.
error-wijkbudget-date-order = This phase begins after the one before: choose a later date.
error-wijkbudget-max-above-amount = The amount per proposal cannot be more than the whole wijkbudget.
error-wijkbudget-themes = Choose at least one theme proposals may be about.
field-proposal-code = Code from the flyer
field-stemcode = Voting code
field-codes-count = Number of voting codes
field-proposal-title = Your proposal in a few words
field-proposal-description = What do you want to do, and why?
field-proposal-theme = What it is about
field-proposal-area = In which neighbourhood
hint-proposal-code = The code is on the flyer or poster, for example K7QM-2XPA.
hint-stemcode = One code per household, from the slip you received, for example K7QM-2XPA-4RTW.
hint-codes-label = For example the evening or street where the codes are handed out.
hint-wijkbudget-title = For example: Wijkbudget Bloemhof 2027.
hint-wijkbudget-description = What residents need to know: what the money is for and how it works.
hint-max-per-proposal = Empty: a proposal may cost the whole amount.
hint-who-may-propose = For example: residents, associations and businesses of the neighbourhood.
hint-wijkbudget-phases = Each phase begins on the chosen day and runs until the next one begins.
hint-wijkbudget-reason = Residents read this reason with their proposal.
hint-proposal-title = Short, so that neighbours recognise it.
hint-proposal-description = The more you tell, the better it can be assessed.
hint-proposal-cost = In euros, at most { $max }.
hint-proposal-contact = Optional. Only if you want us to be able to reach you about your proposal; it is not published.
notice-proposal-saved = Thank you! Your proposal has arrived. It will be assessed, and then it is shown here with the verdict.
wijkbudget-title = Wijkbudget
wijkbudget-intro = Residents decide what part of the money is spent on: they make proposals, the programme assesses whether they are feasible, and households vote. What is chosen becomes a measure.
wijkbudget-new = New wijkbudget
wijkbudget-edit = Change wijkbudget
wijkbudget-empty = There is no wijkbudget yet.
wijkbudget-phases = Phases
wijkbudget-phase-now = Now
wijkbudget-from = from { $date }
wijkbudget-phase-binnenkort = Not begun yet
wijkbudget-phase-voorstellen = Proposals
wijkbudget-phase-beoordeling = Assessment
wijkbudget-phase-stemmen = Voting
wijkbudget-phase-uitslag = Result
wijkbudget-phase-uitvoering = Execution
wijkbudget-proposal-code = Code for proposals
wijkbudget-proposal-code-intro = Put this code on flyers and posters: residents type it at /wijkbudget and propose without an account.
wijkbudget-proposals = Proposals
wijkbudget-no-proposals = There are no proposals yet.
wijkbudget-invented = Invented example
wijkbudget-contact = Contact
wijkbudget-feasible = Feasible
wijkbudget-not-feasible = Not feasible
wijkbudget-not-assessed = Not assessed yet
wijkbudget-assess = Save verdict
wijkbudget-votes = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}
wijkbudget-ballots = { $count ->
    [one] 1 household voted.
   *[other] { $count } households voted.
}
wijkbudget-chosen = Chosen
wijkbudget-did-not-fit = No longer fits in the budget
wijkbudget-to-measure = Make it a measure
wijkbudget-measure-link = To the measure
wijkbudget-codes = Voting codes
wijkbudget-codes-intro = One code per household, handed out on paper. Each code votes once; the vote itself is secret.
wijkbudget-no-codes = No voting codes have been made yet.
wijkbudget-codes-made = Made
wijkbudget-codes-used = Used
wijkbudget-make-codes = Make voting codes
wijkbudget-codes-once = The codes are shown only once: print them now. WijkWijzer does not keep them readable.
wijkbudget-slip = Voting on { $title }
wijkbudget-slip-how = Go to { $address } and type this code. It works once.
wijkbudget-back = Back to the wijkbudget
wijkbudget-enter-title = Wijkbudget: propose or vote
wijkbudget-enter-intro = You do not need an account. With the code from the flyer you see the wijkbudget and propose; with your household's voting code you vote.
wijkbudget-enter-propose = Make or read proposals
wijkbudget-enter-go = To the wijkbudget
wijkbudget-enter-vote = Vote
wijkbudget-enter-ballot = To the ballot
wijkbudget-propose = Make a proposal
wijkbudget-propose-intro = Anyone who fits the rules above may make a proposal.
wijkbudget-contact-optional = Contact details (you may leave these empty)
wijkbudget-propose-submit = Send proposal
wijkbudget-voting-now = Voting is open now.
wijkbudget-ballot-title = Ballot
wijkbudget-ballot-intro = Choose the proposals you want, together at most { $amount }.
wijkbudget-ballot-legend = Feasible proposals
wijkbudget-ballot-submit = Cast vote
wijkbudget-see-budget = To the wijkbudget
wijkbudget-voted-title = Thank you for voting
wijkbudget-voted-text = Your vote has been counted. The code is now used. The result appears on the wijkbudget's page once voting is over.
wijkbudget-code-used-title = This code has been used
wijkbudget-code-used-text = Each code votes once. Do you think someone else used your code? Contact the programme.
wijkbudget-not-voting-title = Voting is not open now
wijkbudget-not-voting-text = Voting is only possible in the voting phase. See the wijkbudget's page for when that is.
error-wijkbudget-year-taken = This programme already has a wijkbudget for that year.
error-wijkbudget-amount-committed = Chosen proposals already add up to more than this amount.
error-wijkbudget-assessment-closed = Voting has begun: the verdict is fixed.
error-wijkbudget-voting-over = Voting is over: no more codes can be added.
error-wijkbudget-not-chosen = This proposal was not chosen.
error-wijkbudget-no-result-yet = There is no result yet.
error-wijkbudget-already-measure = This proposal is a measure already.
error-wijkbudget-code-unknown = We do not know this code. Check that you typed it correctly.
error-wijkbudget-vote-code-unknown = We do not know this voting code. Check that you typed it correctly.
error-wijkbudget-proposals-closed = Proposals can no longer be made.
error-codes-count = Choose a number from 1 to { $max }.
error-ballot-empty = Choose at least one proposal.
error-ballot-unknown = One of the chosen proposals is not on the ballot.
error-ballot-over = You chose { $total }; that is more than the wijkbudget of { $amount }. Remove a proposal.
field-voorstel = Proposals
error-wijkbudget-stale = Someone else changed this wijkbudget meanwhile. What you typed is still here; open the wijkbudget again to see what changed.
residents-code-title = Residents without an account
residents-code-intro = With this code residents put an item on the residents' agenda and read the tegenbod, without an account. What they send becomes public only once you publish it.
residents-code-make = Make a code for residents
residents-code-anonymous = A resident (through the code)
residents-public-intro = What residents put on the agenda, with the gemeente's answer (the tegenbod). You do not need an account to send an item.
residents-public-items = Items on the agenda
residents-public-empty = There are no public items on the agenda yet.
residents-public-new = Send an item
residents-public-new-intro = The programme reads your item first; then it appears here, with the tegenbod.
hint-residents-code-by = Your name or your residents' group's. May be empty: then it says "A resident".
notice-agenda-item-received = Thank you. Your item has arrived; the programme reads it before it becomes public here.

## Documents (issue 17 item 3)
documents-title = Documents
documents-none = No documents yet.
document-add-title = Add a document
document-add-submit = Add document
document-remove = Remove { $title }
document-owner-programma = For the programme
document-owner-vergadering = For the meeting
document-owner-besluit = For the decision
document-owner-maatregel = For the measure
document-owner-waarde = As evidence for the value
document-owner-voorstel = For the proposal
field-document-title = Title
hint-document-title = For example “Steering group minutes 12 March”. Empty: the file name.
field-document-file = File
hint-document-file = PDF, Word, Excel, PowerPoint, OpenDocument or a photo (png, jpg, webp); at most { $max } MB.
field-document-document-title = Title
field-document-document-file = File
error-document-missing = Choose a file.
error-document-too-large = The file is larger than { $max } MB. Nothing was saved; make the file smaller (for instance as a PDF) or split it.
error-document-kind = This kind of file cannot be kept: only PDF, Word, Excel, PowerPoint, OpenDocument and photos (png, jpg, webp). Nothing was saved.
error-document-name-mismatch = The name ends in “.{ $extension }”, but the file is a { $kind } file. Give it the right name and try again; nothing was saved.
error-document-scan = The virus scanner did not let this file through. Nothing was saved.
file-kind-pdf = PDF
file-kind-image = image
file-kind-text = text document
file-kind-sheet = spreadsheet
file-kind-slides = presentation
notice-document-added = The document was added.
document-delete-title = Remove document “{ $title }”?
document-delete-text = The file can no longer be downloaded. The programme's history records that it was there.
document-delete-submit = Remove document
field-proposal-photo = Photo or sketch (optional)
hint-proposal-photo = A photo of the place or a sketch: png, jpg or webp, at most { $max } MB. Do not show people who did not agree to it. The photo is shown once the programme has assessed your proposal. If the form comes back with a message, choose the photo again.
error-proposal-photo-kind = Choose a photo or sketch as png, jpg or webp.
wijkbudget-photo-title = Photo for the proposal “{ $title }”
privacy-documents = Documents
privacy-document-account = added with this account (stays: it is a record of the programme)
privacy-document-proposal = photo with a proposal of this person (is deleted)
privacy-erased-documents = { $count } { $count ->
    [one] photo
   *[other] photos
} with those proposals deleted.

## Meetings: agenda before, minutes after (issue 17 item 4)
meeting-add-intro = Plan a meeting with a date in the future and then prepare its agenda and invitees. For a meeting that was held you can record the minutes and decisions at once.
field-starts-at = Start
hint-starts-at = For example 19.30 (may be empty).
field-location = Place
error-time = Write a time as 19.30 or 19:30.
error-meeting-not-held = Minutes and decisions come after the meeting; this date is in the future.
error-stale-meeting = Someone else changed this meeting meanwhile. Below is the new state; what you typed is still in the form.
meeting-planned = planned
meeting-points = { $count } agenda { $count ->
    [one] point
   *[other] points
}
meeting-actions = Meeting
meeting-agenda = Agenda
meeting-agenda-empty = No agenda points yet.
meeting-presenter = introduced by { $who }
meeting-point-up = Move “{ $title }” up
meeting-point-down = Move “{ $title }” down
meeting-point-remove = Take “{ $title }” off the agenda
meeting-point-add = Add an agenda point
field-point-title = Agenda point
field-point-description = Explanation
field-presenter = Introduced by
hint-presenter = A name or role (may be empty).
agenda-point-delete-title = Take agenda point “{ $title }” off the agenda?
agenda-point-delete-text = The point disappears from the agenda. You can add it again later.
agenda-point-delete-submit = Take off the agenda
meeting-invitees = Invitees
meeting-invitees-empty = Nobody invited yet.
meeting-invitees-choose = Who is invited (the members on the day of the meeting)
meeting-invitees-save = Save invitees
meeting-no-address = no e-mail address known at the party
meeting-not-sent = The agenda has not been sent by e-mail yet.
meeting-sent-at = The agenda was sent on { $date }.
meeting-without-address = The coalition knows no e-mail address of { $count } { $count ->
    [one] invitee
   *[other] invitees
}: give them the PDF.
meeting-send = Send the agenda by e-mail
meeting-mail-off = E-mail is not set up: print the agenda as a PDF.
meeting-minutes = Minutes
meeting-minutes-empty = No minutes yet.
meeting-decisions = Decisions
meeting-edit-planned = Change date, time and place
meeting-edit-held = Record minutes and decisions
field-new-decisions = New decisions
hint-minutes = Paragraphs separated by an empty line.
field-details-held-on = Date of the meeting
field-details-starts-at = Start
field-details-location = Place
field-details-notes = Minutes
field-details-decisions = New decisions
field-point-presenter = Introduced by
meeting-pdf-agenda = Agenda as PDF (to print)
meeting-pdf-minutes = Minutes as PDF
meeting-pdf-agenda-title = Agenda { $body }
meeting-pdf-minutes-title = Minutes { $body }
meeting-pdf-made = Made with WijkWijzer on { $date }.
notice-agenda-sent = The agenda was sent to the invitees with a known e-mail address.
notice-agenda-no-addresses = Nothing was sent: no invitee has a known e-mail address.
mail-agenda-subject = Agenda { $body }, { $date }
mail-agenda-invite = You are invited to the meeting of { $body }: { $when }.
mail-agenda-action = The meeting and its papers
mail-agenda-why = You receive this message because you are a member of this body.

## Publications and the signed wijkdeal (issue 17 item 6)
wijkdeal-pdf = Wijkdeal as PDF
wijkdeal-signatures = Signed
wijkdeal-no-signatures = Not signed by anyone yet.
wijkdeal-signed-by = Signed by
wijkdeal-signed-on = Date of signing
wijkdeal-sign-title = Record a signature
wijkdeal-sign-submit = Record signature
wijkdeal-unsign = remove the signature of { $person }
hint-signatory = Who signed for the party; choose a contact person or type the name.
field-signatory-role = Position
field-signature-party = Party
field-signature-person = Signed by
field-signature-role = Position
field-signature-signed-on = Date of signing
signature-delete-title = Remove the signature of { $title }?
signature-delete-text = The signature disappears from the wijkdeal. Versions published before stay as they are.
signature-delete-submit = Remove signature
wijkdeal-publish-title = Publish
wijkdeal-publish-text = Publishing records the wijkdeal as it is now, with its signatures: a page and a PDF with their own address and a date. Later changes do not change that publication; a new publication replaces it visibly.
wijkdeal-publish-submit = Publish the wijkdeal
wijkdeal-pdf-made = Made with WijkWijzer on { $date }.
publications-title = Publications
publications-intro = Documents the programme adopted, each as it was on the day it was published.
publications-none = Nothing published yet.
publication-published-on = Published on { $date }
publication-current = in force
publication-superseded-short = replaced by a newer version
publication-superseded = This publication was replaced by a newer one of { $date }.
publication-to-newer = To the newest version
publication-snapshot = Published on { $date }; this page no longer changes.
publication-pdf = { $title } as PDF
notice-published-snapshot = Published. This is the recorded version with its own address.
field-file = File
field-signed-on = Date of signing
paper-made = Made with WijkWijzer on { $date }.
paper-col-goal = Goal
scan-paper-title = Urgency scan { $name } ({ $year })
scan-paper-lead = { $level } in { $year }, compared with { $reference }. Weights: { $weights }.
scan-paper-equal-weights = all themes weigh the same
scan-paper-ranking = Ranking
scan-paper-marked = Marked with ◆: the programme's areas.
scan-paper-method = How the scan works: see the page ‘How the urgency scan works’ (/urgentie/methode) and docs/SCAN.md. Every score can be recomputed from the figures per area.
scan-pdf = This gemeente's scan as PDF
error-scan-pdf-gemeente = Choose a gemeente: the scan of the whole Netherlands is too large for paper. Use the CSV, Excel or JSON download instead.
error-publication-no-scan = There are no figures yet for the scan of this programme's areas. Import the scan's tables first.
publications-publish-title = Publish a page
publications-publish-text = Publishing records the page as it is now: a PDF and a web page with its own address and date. Later changes do not change that publication; a newer publication of the same page replaces it visibly. Anyone without an account sees a publication only when the page itself is public. Stories appear in it as they were public, with their tellers' consent, at that moment.
publications-publish-submit = Publish
publications-list-title = Published
field-publish-soort = Which page?
publication-kind-wijkdeal = The wijkdeal (with its signatures)
publication-kind-stand = State of the neighbourhood
publication-kind-scan = The gemeente's urgency scan
publication-kind-coalitie = The coalition
publication-kind-agenda = The agenda (vision and goals)
publication-kind-voortgang = The progress (this year's report as it stands)
publication-kind-public = (the page is public)
publication-kind-members = (the page is for members only)
dossier-pdf = As PDF
dossier-pdf-note = The PDF holds only stories whose tellers consented to publishing them.
field-soort = Kind
publication-take = Record this page as a publication
