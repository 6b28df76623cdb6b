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
map-list = The plants as a list
map-more = …and { $count } more.
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
region-americas = The Americas
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

browse-title = The plants by region and country
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
