# The atlas's words in English: the reference catalog. Every other catalog (i18n/<tag>.ftl) has every
# message of this one with the same placeholders (`cargo test` checks). Data values (company and site
# names, quotes) are not here: they stay as the sources write them.
#
# The messages up to the line "## Full atlas" are the first view's: it compiles in only those.

language-name = English

## Numbers and dates: how this language writes them (src/i18n/numbers.rs)

number-group = ,
number-decimal = .
# US dollars at or above the large unit (here a billion), in that unit; below it, in the small unit.
money-large-unit = 1000000000
money-large = ${ $amount } bn
money-small-unit = 1000000
money-small = ${ $amount } m
date-month-year = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The page (index.html's static text, rewritten in the reader's language)

page-title = Overseas EV Atlas: China's EV industry abroad
page-kicker = Overseas EV Atlas
page-headline = China's EV industry now invests more abroad than at home
page-dek = In 2024 Chinese electric-vehicle supply-chain firms put more money into plants abroad than into plants in China, for the first time since records began in 2014. Here are the numbers, and the plants.
page-language = Language
more-charts-title = More charts
more-charts-subtitle = Where the money goes, where the plants are, from announcement to production, and capacity: each one filters the map.
more-charts-show = Show the charts
your-data-title = Your data
your-data-subtitle = Load a CSV or JSON file with the built-in data's columns, or drop it on the page. Nothing is uploaded.
your-data-example = The example file
your-data-load = Load a file…
colophon-version = Dataset version
colophon-sources = Figures: Rhodium Group via Bloomberg, Reuters and CNBC; plants: every figure with its sources. Missing values are shown as missing, never estimated.
colophon-download = Download the data with every source:
colophon-plants-csv = plants (CSV)
colophon-figures-csv = yearly figures (CSV)
show-sources = Show every source

## Notices about the address and the data

# Text from elsewhere (a parser's report), said as it is.
plain = { $text }
notice-unknown-language = The address asks for the language “{ $tag }”, which the atlas does not have; it is shown in English.
notice-focus-unreadable = focus { $why }; showing the whole map.
notice-focus-no-site = The plant { $id } has no known site, so the map cannot show it.
notice-focus-unknown = focus={ $id }: no plant has this id; showing the whole map.
notice-basemap-unreadable = The world basemap could not be read ({ $error }); plants are drawn without it.
notice-data-left-out = Some of the built-in data could not be read and is left out:
notice-benchmark = Benchmark mode: { $count } synthetic facilities, not real data. Remove ?n= from the address for the atlas.

## What could not load (src/web/page.js, which is given these formatted: src/web/shared/lang.rs)

fault-retry = Try again
fault-reload = Reload
fault-newer = A newer version of the atlas has been published, and this part is only in it.
fault-failed = { $part } could not be loaded. The rest of the page still works.
fault-slow = { $part } is taking long to load.
fault-part-facility-map = The detailed map
fault-part-show-charts = The other charts
fault-part-details-root = The plant's details
fault-part-sources-root = The sources
fault-part-lang-picker = The language
fault-part-plant-lists = The lists of plants
fault-stopped = Something went wrong, and the atlas stopped.
fault-stopped-detail = Reloading the page usually helps. If it happens again, please send us this report:
fault-report = Report
fault-copy = Copy the report

## Home vs abroad (the first chart)

side-home = Invested in China
side-abroad = Invested abroad
home-abroad-title = Investment at home vs abroad
home-abroad-subtitle = Chinese EV supply-chain investment per year, US$ billion
home-abroad-unit = US$ billion
home-abroad-source = Rhodium Group (Aug 2025), as reported by { $hosts }
home-abroad-empty = No published figures for investment at home and abroad.
home-abroad-crossover = In { $year }, Chinese EV supply-chain firms invested more abroad ({ $abroad }) than in China ({ $home }) for the first time
home-abroad-no-crossover = Investment abroad has not overtaken investment in China in the published figures
home-abroad-peak = ; investment in China peaked at { $peak } in { $year }
# The end of a sentence: "." (zh-CN "。")
sentence-end = .
home-abroad-year = Year
home-abroad-note-na = n/a: no published figure for that year.
home-abroad-note-derived = { $year } { $side }: ≈{ $value } is derived, not stated ({ $quote }).
home-abroad-cell-derived = ≈{ $value } (derived)
chart-na = n/a
no-published-figure = no published figure
home-abroad-mark = { $year } · { $side }: { $value } · source: { $source }
home-abroad-mark-derived = { $year } · { $side }: { $value } (derived, not stated) · source: { $source }
home-abroad-mark-missing = { $year } · { $side }: no published figure
home-abroad-crossover-long = { $year }: more invested abroad
home-abroad-crossover-long-2 = ({ $abroad }) than in China ({ $home })
home-abroad-crossover-short = { $year }: abroad { $abroad }
home-abroad-crossover-short-2 = > China { $home }

## Every chart's frame

chart-keys = Arrow keys move between bars.
chart-keys-filter = Arrow keys move between bars, Enter filters every view by the bar, Escape clears.
chart-click-filter = Click to filter every view
chart-click-clear = Click again to clear the filter
chart-unit-sources = Unit: { $unit }. Sources: { $sources }.
chart-table = The numbers as a table

## The map

map-title = Where the plants are
map-all-plants = All plants
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-reset = Show the whole world
browse-title = The plants by region and country
browse-loading = Loading the lists…
map-label = World map of { $count } overseas facilities of Chinese EV-industry companies, coloured by segment{ $unlocated }. Arrow keys move the map, + and − zoom, 0 resets.
map-unlocated = ; { $count } more have no known site
map-cluster = { $count } plants here
map-cluster-more = { $names } and { $count } more
map-cluster-zoom = Click to zoom in
map-announced = Announced { $year }
map-announced-unknown = Announced: year not known
map-production-month = { $announced } · production since { $date }
map-production-year = { $announced } · production since { $year }
map-investment = Investment: { $value }
map-capacity = Capacity: { $value }
not-disclosed = not disclosed
map-subtitle = { $count } overseas plants of Chinese EV-industry companies, by segment
map-regions = Show a region
map-legend-segments = Colour: segment
map-legend-size = Size: announced investment
map-legend-status = Fill: status
map-legend-cluster = plants close together: click to zoom in
map-legend-count = { $segment } ({ $count })
map-how = Drag or use the arrow keys to move, scroll, pinch or use + and − to zoom. Each dot is a plant at its city's approximate position. Basemap: Natural Earth (public domain). Every plant has its own source in the data.
map-in-view = { $count ->
        [0] No plant in view
        [one] 1 plant in view, { $operational } operational
       *[other] { $count } plants in view, { $operational } operational
    }
map-in-view-largest = ; the largest disclosed investment: { $company }, { $city }, { $value }
region-world = World
region-europe = Europe
region-southeast-asia = Southeast Asia
region-americas = Americas
region-mena = Middle East & North Africa

## Segments, statuses and units of the data

segment-battery_cells = Battery cells
segment-battery_materials = Battery materials
segment-vehicle_assembly = Vehicle assembly
segment-components = Components
status-announced = Announced
status-under_construction = Under construction
status-operational = Operational
status-paused = Paused
status-cancelled = Cancelled
unit-vehicles = vehicles/yr
unit-GWh = GWh/yr
unit-t = t/yr
unit-units = units/yr

## Full atlas

## The bar charts' values, marks and table (src/chart/bars.rs)

chart-empty = No facility matches these filters
chart-table-total = Total
chart-table-note = Note
# A bar's tooltip: its series, its category (a year, a country) and its value.
chart-mark = { $series } · { $category }: { $value }
chart-mark-none = { $category }: no value
value-gwh-yr = { $amount } GWh/yr
value-gwh = { $amount } GWh
value-percent = { $amount }%
value-plants = { $count ->
        [one] { $count } plant
       *[other] { $count } plants
    }
value-vehicles-yr = { $count } vehicles/yr
# A count on an axis, at or above the large unit (a million) in it, else at or above the small one (a thousand).
count-large-unit = 1000000
count-large = { $amount }m
count-small-unit = 1000
count-small = { $amount }k
chart-download = Download PNG
chart-download-sources = Sources: { $sources } · Overseas EV Atlas

## The four charts of the full atlas (src/chart/segments.rs, places.rs, pipeline.rs, capacity.rs)

# A list: "a, b and c". The items are joined one by one with list-more, the last with list-last.
list-more = { $head }, { $next }
list-last = { $head } and { $last }
# A list of the first few and how many more there are: "Chile, Peru and 3 more".
list-and-more = { $list } and { $count } more
# A published percentage that its source gives as approximate: "about 74%".
chart-about = about { $value }
chart-source-plants = each plant's sources, in its details
chart-unit-plants = plants
chart-unit-usd = US$ (announced)
chart-no-plants = No plants match these filters.
chart-no-money = No announced investment is disclosed for these plants.
# A bar's note: of its plants, how many disclose the amount invested.
chart-disclosed = { $plants ->
        [one] { $disclosed } of 1 plant disclosed
       *[other] { $disclosed } of { $plants } plants disclosed
    }

segments-title = Where the money goes
segments-subtitle = Investment announced for overseas plants, by year announced and segment (US$); disclosed for { $disclosed } of { $plants } plants
segments-subtitle-undated = Investment announced for overseas plants, by year announced and segment (US$); disclosed for { $disclosed } of { $plants } plants; { $undated ->
        [one] { $undated } with no year announced is left out
       *[other] { $undated } with no year announced are left out
    }
segments-none = no plant announced
segments-note-share = Published: batteries made up { $share } of Chinese EV supply-chain investment abroad in { $period } ({ $host }).
segments-source-share = each plant's sources, in its details; battery share: { $host }
# $share of $total; $disclosed of $dated plants (those with a year announced) disclose an amount.
segments-summary = Battery cell and material plants are { $share } of the { $total } of announced investment disclosed for { $disclosed } of the { $dated } plants with a year announced.
segments-summary-peak = Battery cell and material plants are { $share } of the { $total } of announced investment disclosed for { $disclosed } of the { $dated } plants with a year announced; the most was announced in { $year } ({ $amount }).
# $segment is the segment's name, in lower case: "battery cells".
segments-summary-peak-segment = Battery cell and material plants are { $share } of the { $total } of announced investment disclosed for { $disclosed } of the { $dated } plants with a year announced; the most was announced in { $year } ({ $amount }, mostly { $segment }).

places-title = Where the plants are
places-subtitle-count-country = Overseas plants by host country and segment
places-subtitle-count-region = Overseas plants by host region and segment
places-subtitle-money-country = Announced investment disclosed (US$) by host country and segment
places-subtitle-money-region = Announced investment disclosed (US$) by host region and segment
# The subtitle, and the places left out of it: "…; 3 countries whose plants disclose no amount are left out".
places-subtitle-left-out = { $subtitle }; { $left }
places-left-out-country = { $count ->
        [one] { $count } country whose plants disclose no amount is left out
       *[other] { $count } countries whose plants disclose no amount are left out
    }
places-left-out-region = { $count ->
        [one] { $count } region whose plants disclose no amount is left out
       *[other] { $count } regions whose plants disclose no amount are left out
    }
places-countries = { $count ->
        [one] { $count } country
       *[other] { $count } countries
    }
places-regions = { $count ->
        [one] { $count } region
       *[other] { $count } regions
    }
# The bar of the places not shown one by one.
places-others-country = Others ({ $count ->
        [one] { $count } country
       *[other] { $count } countries
    })
places-others-region = Others ({ $count ->
        [one] { $count } region
       *[other] { $count } regions
    })
# Its note: the places, then how many of their plants disclose an amount.
places-others-note = { $places }; { $disclosed }
# The summary: who leads, who follows, and how much in all ("Indonesia hosts the most plants (23), then
# Thailand (12) and United States (10); 187 plants in 48 countries in all.").
places-lead-count = { $place } hosts the most plants ({ $value })
places-lead-count-tie = { $places } host the most plants ({ $value } each)
places-lead-money = { $place } draws the most disclosed investment ({ $value })
places-lead-money-tie = { $places } draw the most disclosed investment ({ $value } each)
places-next = { $place } ({ $value })
places-then = { $lead }, then { $next }
places-summary = { $lead }; { $total } in { $places } in all.
places-by-country = By country
places-by-region = By region
places-measure-count = Plants
places-measure-money = Investment
places-controls = Group and measure

pipeline-title = From announcement to production
pipeline-subtitle = Overseas plants by segment and status, as of their latest source
pipeline-in-all = { $count ->
        [one] { $count } plant in all
       *[other] { $count } plants in all
    }
pipeline-note-both = Published: { $abroad } of the EV manufacturing projects Chinese firms announced abroad were completed, against { $home } of those announced in China ({ $period }; { $host }).
pipeline-note-abroad = Published: { $share } of the EV manufacturing projects Chinese firms announced abroad were completed ({ $period }; { $host }).
pipeline-note-home = Published: { $share } of the EV manufacturing projects Chinese firms announced in China were completed ({ $period }; { $host }).
pipeline-note-operational = Of the { $plants } plants here, { $operational ->
        [one] { $operational } is operational
       *[other] { $operational } are operational
    } ({ $share }).
pipeline-source-rates = each plant's sources, in its details; completion rates: { $hosts }
pipeline-summary = { $operational } of { $plants } plants are operational ({ $share }); { $coming } are announced or under construction and { $stopped } paused or cancelled.
# $segment is the segment's name, in lower case: "battery materials".
pipeline-summary-coming = { $operational } of { $plants } plants are operational ({ $share }); { $coming } are announced or under construction and { $stopped } paused or cancelled; { $segment } has the most still to come ({ $most }).

capacity-title = Capacity
# What the capacity is of, inside a sentence: "Stated battery capacity", "No vehicle assembly capacity".
capacity-kind-battery = battery
capacity-kind-vehicles = vehicle assembly
capacity-unit-battery = GWh per year
capacity-unit-vehicles = vehicles per year
capacity-subtitle = Yearly { $kind } capacity stated for overseas plants, by host region: operational, and announced or under construction
capacity-pipeline = Announced or under construction
capacity-states = { $plants ->
        [one] { $stating } of 1 plant states a capacity
       *[other] { $stating } of { $plants } plants state a capacity
    }
capacity-note-stated = Stated { $kind } capacity: { $operational } operational and { $pipeline } announced or under construction, from { $stating } of { $plants } plants.
capacity-note-stopped = Left out: { $count ->
        [one] { $count } paused or cancelled plant
       *[other] { $count } paused or cancelled plants
    } ({ $capacity }).
capacity-note-unplaced = Left out: { $count } plants in countries outside the atlas's regions.
capacity-summary = { $region } has the most { $kind } capacity stated ({ $capacity }, { $operational } of it operational); { $total } in all from { $stating } of { $plants } plants.
capacity-summary-none = No { $kind } capacity is stated for these plants.
capacity-battery = Batteries (GWh/yr)
capacity-vehicles = Vehicles (per year)
capacity-controls = Capacity of

## The filter panel, the filter bar and the timeline (src/web/atlas/explore.rs, app.rs)

filters-title = Filter the plants
filters-title-active = Filter the plants ({ $count } active)
filter-search = Search
filter-search-placeholder = Company, site or country
filter-segment = Segment
filter-segment-all = All segments
filter-status = Status
filter-status-all = All statuses
filter-region = Region
filter-region-all = All regions
filter-country = Add a country
filter-choose = Choose…
filter-company = Add a company
filter-company-placeholder = Type to search
filter-announced = Announced
filter-from = from
filter-to = to
filter-any = any
filter-owned = Chinese-owned only
filter-disclosed = Investment disclosed only
filter-bar = Filters
filter-count-all = Showing all { $total } plants. Click a bar to filter every view.
filter-count = Showing { $shown } of { $total } plants
filter-remove = Remove filter: { $filter }
filter-clear = Clear all
filter-none = No facility matches these filters.
filter-show-all = Show all plants
chip-year = Announced { $year }
chip-years = Announced { $from }–{ $to }
chip-disclosed = Investment disclosed
chip-text = “{ $text }”
region-south-central-asia = South & Central Asia
region-sub-saharan-africa = Sub-Saharan Africa
region-east-asia-oceania = East Asia & Oceania
timeline = Timeline
timeline-play = ▶ Play
timeline-pause = ❚❚ Pause
timeline-up-to = Up to { $year }
timeline-up-to-value = up to { $year }
timeline-all = All years
timeline-by = Count plants from
timeline-by-announced = from their announcement
timeline-by-production = from the start of production

## The key figures of the selection (src/query/figures.rs)

figures = Key figures of this selection
figure-plants = plants
figure-plants-note = overseas, in this selection
figure-investment = announced investment
figure-investment-note = { $stated } of { $of } disclosed
figure-battery = battery capacity
figure-battery-value = { $value } GWh/yr
figure-battery-note = { $stated } of { $of } battery-cell plants state it
figure-vehicles = vehicles a year
figure-vehicles-note = { $stated } of { $of } assembly plants state it
figure-share = of it in batteries
figure-share-value = { $value }%
figure-share-note = cells and materials, of the disclosed investment

## Browsing the map's plants by keyboard (src/map/browse.rs, web/shared/map_view.rs)

map-list = The plants as a list
map-more = …and { $count } more.
browse-hint = Tab moves through the regions, their countries and plants, and the map follows; Enter opens one; Escape goes back up.
browse-group = { $count ->
        [0] { $name }: no plant
        [one] { $name }: 1 plant, { $operational } operational
       *[other] { $name }: { $count } plants, { $operational } operational
    }

## The address's notice and the embed (src/web/atlas/app.rs)

address-notice = Part of this link could not be understood:
embed-sources = Sources: Rhodium Group and MERICS via the press; every plant with its sources. Dataset { $version }.
embed-open = Open full atlas
# The address's notice items: $param is the parameter as written ("view=nope"), $all what it can be.
url-no-name = { $piece } has no parameter name; ignored
url-unknown = { $key } is not a parameter of this page; ignored
url-more = { $count ->
        [one] 1 more parameter could not be understood; ignored
       *[other] { $count } more parameters could not be understood; ignored
    }
url-escape = { $param } has a broken %-escape; ignored
url-utf8 = { $param } is not UTF-8 text once decoded; ignored
url-view = { $param } is not a view ({ $all }); ignored
url-segment = { $param } is not a segment ({ $all }); ignored
url-status = { $param } is not a status ({ $all }); ignored
url-region = { $param } is not a region ({ $all }); ignored
url-country = { $count ->
        [one] { $param }: { $wrong } is not a country code (two letters, such as HU); ignored
       *[other] { $param }: { $wrong } are not country codes (two letters, such as HU); ignored
    }
url-years = { $param } is not a year or a range of years (such as 2019-2025); ignored
url-out-of-range = { $param } is outside the years 1990 to 2100; ignored
url-owned = { $param } is not an ownership filter (chinese); ignored
url-switch = { $param } is not a switch (1 or 0); ignored
url-focus = { $param } is not a facility id (up to 40 letters, digits, - and _); ignored
url-step = { $param } is not a step number (1, 2, …); showing the first step; ignored
url-year = { $param } is not a year (such as 2024); ignored
url-by = { $param } is not a timeline order (announced, production); ignored
url-map = { $param } is not a map view (zoom,x,y with x and y between -4 and 4); ignored
url-theme = { $param } is not a theme (light, dark); ignored
url-lang = { $param } is not a language of the atlas ({ $all }); ignored

## Dates and other currencies (src/i18n/numbers.rs)

date-day-month-year = { $day } { $month } { $year }
# Euros, in the same units as dollars.
money-eur-large = €{ $amount } bn
money-eur-small = €{ $amount } m
# An amount in another currency, in millions as the source states it: "BRL 5,500 million" (the amount is
# counted in units of `money-code-unit` millions).
money-code-unit = 1
money-code-millions = { $currency } { $amount } million

## The table (src/query/table.rs, src/web/atlas/table_view.rs)

table-title = The plants as a table
table-subtitle = { $count ->
        [one] { $count } plant in this selection. Sort by a column; a company opens its plant on the map.
       *[other] { $count } plants in this selection. Sort by a column; a company opens its plant on the map.
    }
table-download-csv = Download CSV
table-download-json = Download JSON
table-pages = Pages
table-previous = ← Previous
table-next = Next →
table-no-rows = No rows
table-rows = Rows { $first }–{ $last } of { $total }
table-show-on-map = Show on the map
table-programme = { $value } (company programme)
column-company = Company
column-site = Site
column-country = Country
column-segment = Segment
column-status = Status
column-announced = Announced
column-investment = Investment (US$)
column-capacity = Capacity

## The details panel (src/web/atlas/details.rs, src/query/details.rs)

details-close = Close details
details-not-in-file = { $id } is not in the published data file (synthetic or loaded data): there is nothing more to show.
details-subtitle = { $site }, { $country } · { $segment }
details-status = Status
details-status-stale = status last confirmed { $date }
details-status-as-of = as of { $date }
details-ownership = Ownership
details-ownership-share = { $ownership } ({ $share }% Chinese)
details-partner = Partner
details-partner-none = none named
details-announced = Announced
details-not-known = not known
details-production = Production start
details-production-none = not yet, or not known
details-investment = Investment
details-investment-converted = { $amount } ≈ { $usd } ({ $basis })
details-basis-reported = USD as reported
details-basis-converted = converted at a fixed rate
details-programme = a company programme (several plants or a whole country), not this plant's cost: left out of plant totals
details-capacity = Capacity
details-location = Location
details-location-none = site not known
details-location-value = { $lat }, { $lon } (approximate)
details-sources = Sources
details-source-read = Source read on { $date }.
details-citation-read = Read on { $date }.
details-gives = Gives: { $figures }
details-plant = Plant { $id }
# The words between the figures a source gives: "status, investment"
list-separator = { ", " }
ownership-chinese_owned = Chinese-owned
ownership-joint_venture = Joint venture
ownership-minority_stake = Chinese minority stake
ownership-licence = Chinese technology licence
ownership-contract_assembly = Contract assembly
ownership-unknown = Ownership not stated
backs-company = company
backs-site = site
backs-segment = segment
backs-status = status
backs-announced_year = year announced
backs-production_start = production start
backs-investment = investment
backs-capacity = capacity
backs-ownership = ownership
backs-partner = partner
backs-coordinates = location

## Sources (src/web/atlas/sources.rs)

sources-title = Sources
sources-subtitle = Dataset version { $version }, data as of { $date }. { $pages } pages support the { $plants } plants; every yearly figure has its own.
sources-figures = Yearly figures ({ $count })
sources-plants = Plants ({ $count } pages)
sources-derived = (derived)

## Sharing (src/web/atlas/embed.rs)

share-title = Share or embed this view
share-link = Link
share-copy = Copy link
share-copied = Link copied.
share-select = Select the link and copy it.
share-iframe = Embed (responsive iframe)
share-pym = Embed with Pym.js (the frame sizes itself; pym.v1.min.js from the npm package pym.js, served by you)

## Your data (src/web/atlas/import.rs; the reader's report: src/model/input.rs, json_rows.rs, parse.rs)

data-intro = Load a CSV or JSON file of facilities with the columns of { $builtin } (see the { $example }), or drop it anywhere on the page. It stays in your browser: nothing is uploaded.
data-builtin = the built-in data
data-example = example file
data-reset = Reset to built-in data
data-showing-builtin = Showing the built-in data ({ $count } facilities).
data-showing-file = { $count ->
        [one] Showing { $count } facility from { $file }.
       *[other] Showing { $count } facilities from { $file }.
    }
import-reading = Reading { $file }… { $percent }%
import-not-loaded = { $file } was not loaded.
import-unchanged = The data on screen has not changed.
import-dismiss = Dismiss
import-nothing = Nothing was loaded from { $file }: no row is valid. The data on screen has not changed.
import-loaded = { $count ->
        [one] Loaded { $count } facility from { $file }
       *[other] Loaded { $count } facilities from { $file }
    }
import-done = { $loaded }.
import-done-rejected = { $rejected ->
        [one] { $loaded }; { $rejected } row was rejected.
       *[other] { $loaded }; { $rejected } rows were rejected.
    }
import-more = …and { $count } more.
import-download = { $count ->
        [one] Download the { $count } rejected row (CSV)
       *[other] Download the { $count } rejected rows (CSV)
    }
problem-row = { $file }, row { $row }: { $what }
problem-row-column = { $file }, row { $row }, column { $column }: { $what }
input-empty = The file is empty: there is nothing to load.
input-too-large = The file is too large ({ $size } MB; the limit is { $limit } MB). Split it or remove columns you do not need.
input-utf16 = The file is in UTF-16. Save it as UTF-8 (in Excel: "CSV UTF-8") and load it again.
input-not-utf8 = The file is not UTF-8 text (the first bad byte is at position { $offset }). Save it as UTF-8 (in Excel: "CSV UTF-8") and load it again.
input-binary = This is not a text file. Load a CSV or JSON file of facilities.
input-unknown = "{ $name }" does not look like CSV or JSON. Load a .csv or .json file with the columns of the built-in data.
input-unreadable = The file could not be read ({ $error }).
json-invalid = "{ $name }" is not valid JSON: { $kind ->
        [eof] it ends too early (line { $line }, column { $column }).
        [syntax] a syntax error at line { $line }, column { $column }.
       *[data] a value it cannot read at line { $line }, column { $column }.
    }
json-no-list = "{ $name }" holds no list of facilities: expected [{ "{" }"id": …{ "}" }, …] or { "{" }"facilities": [ … ]{ "}" }.
# What the checks of src/model/parse.rs find wrong, after problem-row's "file, row 4, column x: ". A value of the
# file ($value, $id, $word, $column, $columns, $expected) is given as the file writes it, $error in English.
parse-header-unreadable = the header cannot be read: { $error }
parse-file-empty = the file is empty
parse-header-none = the header has none of the expected columns; a file needs: { $columns }
parse-header-lacks = { $count ->
        [one] the header lacks the column { $columns }
       *[other] the header lacks the columns { $columns }
    }
parse-header-twice = the header names the column { $column } twice
parse-row-unreadable = the row cannot be read: { $error }
parse-row-fields = has { $fields } fields, the header has { $header }
parse-no-plant = '{ $id }' is no plant of the data
parse-required = is empty, but a value is required
parse-give-both = is empty but { $other } is given: give both or neither
parse-usd-without-value = is empty but investment_usd_millions is given
parse-more-than-one-url = holds more than one URL: give each source its own row
parse-not-one-of = '{ $value }' is not one of { $expected }
parse-names-not-one-of = '{ $value }' names '{ $word }', which is not one of { $expected }
parse-not-country = '{ $value }' is not an ISO 3166-1 alpha-2 code (two capital letters)
parse-not-currency = '{ $value }' is not an ISO 4217 currency code (three capital letters)
parse-not-number = '{ $value }' is not a number
parse-outside = '{ $value }' is outside { $low }…{ $high }
parse-not-positive = '{ $value }' must be a number above 0
parse-not-year = '{ $value }' is not a year between 1990 and 2100
parse-not-year-month = '{ $value }' is not a year (YYYY) or year and month (YYYY-MM)
parse-not-period = '{ $value }' is not a year (2024) or a span of years (2014-2024)
parse-span-backwards = '{ $value }' is a span that ends before it starts
parse-not-url = '{ $value }' is not an http(s) URL (several are separated by ' ; ')
parse-not-date = '{ $value }' is not a date (YYYY-MM-DD)
parse-not-month-or-date = '{ $value }' is not a month (YYYY-MM) or a date (YYYY-MM-DD)
parse-not-series = '{ $value }' is not a series name (lower-case letters, digits and _)

## Countries: the host countries of the data, by ISO 3166-1 alpha-2 code (src/model/country.rs)

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BO = Bolivia
country-BR = Brazil
country-BY = Belarus
country-CA = Canada
country-CD = DR Congo
country-CL = Chile
country-CZ = Czechia
country-DE = Germany
country-DZ = Algeria
country-EG = Egypt
country-ES = Spain
country-ET = Ethiopia
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-HU = Hungary
country-ID = Indonesia
country-IN = India
country-JP = Japan
country-KE = Kenya
country-KH = Cambodia
country-KR = South Korea
country-KZ = Kazakhstan
country-MA = Morocco
country-ML = Mali
country-MX = Mexico
country-MY = Malaysia
country-NA = Namibia
country-NG = Nigeria
country-PK = Pakistan
country-PL = Poland
country-PT = Portugal
country-QA = Qatar
country-RS = Serbia
country-RU = Russia
country-SA = Saudi Arabia
country-SE = Sweden
country-SK = Slovakia
country-TH = Thailand
country-TR = Türkiye
country-US = United States
country-UZ = Uzbekistan
country-VN = Vietnam
country-ZA = South Africa
country-ZW = Zimbabwe

## Story (src/web/atlas/story.rs, src/story/mod.rs)
# The story's words are English in data/story.csv, beside the figures each step cites. Every other catalog
# translates them after its own story messages, as story-<n>-title, story-<n>-text, story-<n>-annotation
# (where step n has one) and story-<n>-announce; one it lacks reads in English. A translation states no
# number the step does not cite (tests/story_rules.rs reads it back as the language writes numbers), keeps
# each { "{count:…}" } (the app puts the count of plants there), and keeps the names of companies and sites
# and the quotes as the sources write them.

story-label = Story
story-step = Step { $n } of { $count }
story-dot = Step { $n }: { $title }
story-sources = Sources
story-one-page = Read as one page
story-previous = ← Previous
story-next = Next →
story-steps = Story steps
story-explore = Explore the whole atlas
story-unavailable = The story could not be shown: { $why }.
story-no-steps = the story has no steps
story-step-before = step=0 is before the first step; showing step 1
story-step-past = step={ $step } is past the last step ({ $last }); showing step { $last }
story-citing = { $publisher }, citing { $who }
story-citing-report = { $publisher }, citing { $who } (report of { $date })
story-cited = { $credit }, { $date }
