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

## The address's notice and the embed (src/web/atlas/app.rs)

address-notice = Part of this link could not be understood:
embed-sources = Sources: Rhodium Group and MERICS via the press; every plant with its sources. Dataset { $version }.
embed-open = Open full atlas
