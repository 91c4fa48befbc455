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
step-execution-empty = No measurements or progress reports yet.
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
login-too-many = Too many failed attempts. Please try again in a quarter of an hour.
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
error-forbidden-title = No access
error-forbidden-text = You are logged in, but your role gives no access to this page or action.
error-unauthorised-title = Login required
error-unauthorised-text = Log in to see this page.
error-csrf-title = Request refused
error-csrf-text = This request did not come from a WijkWijzer form, or the form had expired. Go back, reload the page and try again.
error-conflict-title = Already exists
error-conflict-text = This already exists. Choose another value.
error-too-large-title = File too large
error-too-large-text = What you sent is larger than 64 MB, the limit for one import. Split the files over several imports, or import large tables with wijkwijzer import.
error-too-many-title = Too many attempts
error-too-many-text = Please try again in a quarter of an hour.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The database does not answer. Please try again in a few minutes.
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
cli-import-refused = Nothing imported: { $count } file(s) refused.
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
import-error-encoding = { $file }: not UTF-8 text ({ $detail })
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
area-themes-label = Themes on this page
area-country = Netherlands
area-trend-table = Trend as a table
area-period = Period
figure-missing = no data
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
cli-error-scan-reference = unknown reference '{ $value }': choose nl or municipality
cli-error-scan-weights = weight '{ $value }' cannot be read: write theme=number, for example gezondheid=2,werk=1
cli-error-scan-municipality = '{ $value }' is not a CBS municipality code (like GM0599)
cli-error-scan-format = unknown format '{ $value }': choose json, csv or table
cli-error-scan-empty = no figures for the scan in { $year }: first import tables with the scan's indicators for that year

nav-scan = Urgency scan
scan-title = Urgency scan
scan-intro = Which neighbourhoods or districts need extra area-based effort, and why? Every score can be checked: each row lists the figures that push it up most.
scan-method-link = How the scan works.
field-gemeente = Municipality
scan-gemeente-hint = CBS code such as GM0599; empty = the whole country.
field-niveau = Level
scan-level-buurt = Neighbourhoods
scan-level-wijk = Districts
scan-level-gemeente = Municipalities
field-referentie = Compare with
scan-reference-nl = the Netherlands
scan-reference-gemeente = its own municipality
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
scan-flag-suppressed = not all figures known
scan-unscored-title = Without a score: too few figures
scan-unscored-intro = Too many figures of these areas are suppressed or not measured (mostly small neighbourhoods). They get no score, so that chance does not put them on top.
error-scan-level = Choose buurt, wijk or gemeente.
error-scan-period = Choose a year for which figures have been imported.
error-scan-reference = Choose the Netherlands or its own municipality.
error-scan-weights = Write weights as theme=number, for example gezondheid=2,werk=1.
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
scan-map-missing = { $count ->
    [one] 1 area has no boundary on the map:
   *[other] { $count } areas have no boundary on the map:
}
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
stale-text = Since you opened this form, someone else saved the party. The current version is shown below; your input is in the form. Check it and save again to keep your version.
stale-move-text = Since you opened this form, this party's participation changed. Check the current state and save again.
choose = Choose…
col-joined = Joined
col-left = Left
col-note = Note
field-kind = Kind of party
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
meeting-add-title = Record a meeting
meeting-add-submit = Record meeting
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
field-notes = Notes
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
