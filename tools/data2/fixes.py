"""Corrections and research results for dataset 2026-12-02.1 (see data/CHANGELOG.md).

Everything here is either a re-coding of a value already in the data (ownership by the one rule, notes split),
a figure withdrawn because no quoted source backs it (its old value kept in `internal_notes`), or a figure
with the page and exact quote that back it (EXTRA_SOURCES).
"""
ACCESSED_DEFAULT = "2026-12-02"

PUBLISHERS = {
    "agenciabrasil.ebc.com.br": "Agência Brasil", "exame.com": "Exame", "automotiveworld.com": "Automotive World",
    "middleeastmonitor.com": "Middle East Monitor", "asiafinancial.com": "Asia Financial",
    "automotivelogistics.media": "Automotive Logistics", "inform.kz": "Kazinform", "just-auto.com": "Just Auto",
    "livemint.com": "Mint", "timeslive.co.za": "TimesLIVE", "handelsblatt.com": "Handelsblatt (dpa)",
    "finanznachrichten.de": "finanznachrichten.de", "autonews.com": "Automotive News", "caixinglobal.com": "Caixin Global",
    "cadenaser.com": "Cadena SER", "electrive.com": "electrive", "electrive.net": "electrive.net",
    "southcarolinapublicradio.org": "South Carolina Public Radio", "bgdailynews.com": "Bowling Green Daily News",
    "evwire.com": "EV Wire", "cnevpost.com": "CnEVPost", "electrek.co": "Electrek", "thesun.my": "The Sun (Malaysia)",
    "yidaiyilu.gov.cn": "Belt and Road Portal", "evertiq.com": "Evertiq", "titans.energy": "Titans Energy",
    "seaisi.org": "SEAISI", "projectblue.com": "Project Blue", "greencarcongress.com": "Green Car Congress",
    "maghress.com": "Maghress (Yabiladi)", "evmagz.com": "EVMagz", "battery-news.de": "battery-news.de",
    "fayouli.com": "Fayouli", "libyannewswire.com": "Libyan News Wire (PR Newswire)", "people.cn": "People's Daily Online (Xinhua)",
    "carrushome.com": "Carrushome", "mgcars.com": "MG Motor", "alongwalker.com": "Alongwalker",
    "redplanx.com": "Redplanx", "bbj.hu": "Budapest Business Journal", "reportify.ai": "Reportify",
    "s-bp.com": "S-BP", "hipa.hu": "HIPA", "channelnewsasia.com": "CNA", "mw.creamermedia.com": "Mining Weekly",
    "newsletter.mw.creamermedia.com": "Mining Weekly", "northafricapost.com": "North Africa Post",
    "bnnbloomberg.ca": "BNN Bloomberg", "vneconomy.vn": "VnEconomy", "gardnerweb.com": "Gardner Web",
    "magiclingyun.com": "Magiclingyun (Yicai)", "financialexpress.com": "Financial Express",
    "chinatechnews.com": "China Tech News", "smart-energy.com": "Smart Energy International",
    "le360.ma": "Le360", "industriemagazin.at": "Industriemagazin", "detik.com": "detikOto",
    "aap.com.au": "AAP (Cision)", "chinadaily.com.cn": "China Daily", "nippon.com": "Nippon.com (Jiji)",
    "manufacturing.net": "Manufacturing.net (AP)", "ngtnews.com": "NGT News", "brecorder.com": "Business Recorder (Reuters)",
    "republicworld.com": "Republic World", "rusautonews.com": "Rusautonews", "jatainews.com.br": "Jataí News",
    "urdupoint.com": "UrduPoint", "fastmarkets.com": "Fastmarkets", "supermetalprice.com": "Supermetalprice",
    "moto.pl": "moto.pl", "scandasia.com": "ScandAsia", "ess-news.com": "ESS News",
    "automotivesuppliers.pl": "Automotive Suppliers Poland", "miningweekly.com": "Mining Weekly",
    "globalautoinsight.com": "Global Auto Insight", "businesslive.co.za": "BusinessLIVE",
    "paultan.org": "Paul Tan", "pcauto.com": "PCauto", "suara.com": "Suara", "nickel.com": "Nickel.com (Bloomberg)",
    "dev.solway.co.id": "Solway (Argus)", "press.investstockholm.com": "Invest Stockholm",
    "serbianmonitor.com": "Serbian Monitor", "bloombergadria.com": "Bloomberg Adria",
    "balkangreenenergynews.com": "Balkan Green Energy News", "heralddiary.com": "Herald Diary",
    "energynews.oedigital.com": "Offshore Engineer (Reuters)", "nsenergybusiness.com": "NS Energy",
    "astanatimes.com": "The Astana Times", "infobae.com": "Infobae", "kitco.com": "Kitco (Reuters)",
    "tribune.com.pk": "The Express Tribune", "gonoticias.com.br": "GO Notícias", "koreaherald.com": "The Korea Herald",
    "bangkokpost.com": "Bangkok Post", "energy-storage.news": "Energy-Storage.news", "argusmedia.com": "Argus Media",
    "zawya.com": "Zawya", "europeantech.news": "European Tech News (Bloomberg)",
    "indonesiabusinesspost.com": "Indonesia Business Post", "revscene.net": "RevScene (The Globe and Mail repost)",
    "bladi.net": "Bladi.net", "ceenergynews.com": "CEEnergyNews", "newsghana.com.gh": "News Ghana (Xinhua)",
    "greatgameindia.com": "GreatGameIndia", "metal.com": "SMM (metal.com)", "babeindonesia.com": "Babe Indonesia (Kumparan)",
    "mobyinfo.com": "Mobyinfo", "dailysabah.com": "Daily Sabah (Reuters)", "freightwaves.com": "FreightWaves",
    "pandaily.com": "Pandaily", "motoram.ru": "Motoram", "globalneighbours.org": "Global Neighbours",
    "republicofmining.com": "Republic of Mining (Reuters)", "gazeta.uz": "Gazeta.uz",
    "cliffordchance.com": "Clifford Chance", "covid-19.chinadaily.com.cn": "China Daily",
    "econotimes.com": "EconoTimes", "aei.dempa.net": "AEI (Dempa)",
}

# Publication dates of pages whose address does not carry one (from the page's dateline or the event it reports).
PUBLISHED = {
    "https://exame.com/brasil/lula-inaugura-fabrica-da-gwm-em-iracemapolis-com-foco-em-carros-hibridos/": "2025-08-15",
    "https://www.automotiveworld.com/news/reuters-byd-delaying-ev-mass-production-in-hungary/": "2025-07",
    "https://www.asiafinancial.com/chinas-byd-opens-its-first-ev-plant-in-southeast-asia": "2024-07-04",
    "https://automotivelogistics.media/indonesia-waives-tariffs-on-byd-imports-ahead-of-local-production/46696.article": "2025-01",
    "https://en.inform.kz/news/first-electric-cars-produced-at-byd-plant-in-uzbekistan-2d4527/": "2024-01",
    "https://www.just-auto.com/news/byd-breaks-ground-on-cambodia-assembly-plant": "2025-04",
    "https://www.livemint.com/auto-news/chinese-ev-major-byd-to-roll-out-first-car-assembled-in-pakistan-by-2026-11753353430603.html": "2025-07-24",
    "https://www.handelsblatt.com/dpa/chinesischer-catl-konzern-startet-werk-fuer-batteriezellen/28945422.html": "2023-01",
    "https://www.automotivelogistics.media/ev-and-battery/catl-begins-work-on-new-battery-plant-in-indonesia/636147": "2025-06",
    "https://www.autonews.com/manufacturing/why-ford-picked-michigan-35b-battery-plant": "2023-02",
    "https://evwire.com/p/south-carolina-aesc-bmw-battery-supplier-pauses-florence-plant": "2025-06",
    "https://thesun.my/malaysia-news/eve-energy-malaysia-launches-advanced-battery-manufacturing-facility-in-kedah-OE13427559": "2024-12-16",
    "https://eng.yidaiyilu.gov.cn/p/08F3H1OF.html": "2023-07",
    "https://www.news.titans.energy/finance/chinese-owned-huayou-cobalt-chooses-hungary-for-its-first-ev-battery-plant-in-europe/": "2023-06",
    "https://seaisi.org/details/25189?type=news-rooms": "2024-08",
    "https://projectblue.com/blue/opinion-pieces/1009/btr-commences-production-at-its-graphite-anode-facility-in-indonesia": "2024-08",
    "https://battery-news.de/?p=25825": "2024-05",
    "https://fayouli.com/great-wall-begins-output-at-thailand-plant-acquired-from-gm/trade-news": "2021-06",
    "https://libyannewswire.com/great-wall-motors-tula-factory-in-russia-starts-production-setting-chinese-auto-brands-on-a-new-journey-to-global-markets/": "2019-06",
    "https://www.carrushome.com/en/mg-maintains-leadership-in-thailands-growing-ev-market-with-30-billion-baht-investment-to-be-southeast-asias-manufacturing-and-exporting-hub-of-evs/": "2024-05",
    "https://www.mgcars.com/en/NewsActivities/Detail/MG-EV-Battery-Production-Plant": "2023-10-31",
    "https://id.alongwalker.com/z/54805.html": "2025-06-10",
    "https://thesun.my/malaysia-news/proton-ev-factory-launch-shows-close-malaysia-china-cooperation-DP14826151": "2025-09-04",
    "https://www.redplanx.com/html/news/3566302.html": "2025-03-29",
    "http://bbj.hu/business/chinese-byd-opens-electric-bus-plant-in-komarom_131094": "2017-04-04",
    "https://hipa.hu/news/nio-s-state-of-the-art-power-swap-station-plant-enters-manufacturing-phase/": "2022-09",
    "https://www.channelnewsasia.com/business/chinas-huayou-ships-first-mhp-shipment-indonesia-jv-2497251?cid=cna_flip_070214": "2022-02-14",
    "https://www.bnnbloomberg.ca/china-s-hailiang-plans-morocco-copper-plant-to-tap-western-users-1.2070138": "2024-05-07",
    "https://www.automotivelogistics.media/nearshoring/magna-starts-contract-assembly-of-xpeng-evs-in-graz/668244": "2025-09",
    "https://en.vneconomy.vn/chinas-chery-automobile-to-build-plant-in-thai-binh.htm": "2023-11-02",
    "https://www.redplanx.com/html/news/3046768.html": "2025-02",
    "https://www.gardnerweb.com/news/saic-will-use-former-gm-plant-to-make-mg-vehicles-in-india": "2017",
    "http://magiclingyun.com/chinese-battery-giant-gotion-high-techs-jv-plant-in-thailand-comes-on-stream.html": "2023-12-08",
    "https://oto.detik.com/berita/d-6865062/ikuti-jejak-chery-di-indonesia-neta-rakit-mobil-di-pabrik-yang-sama": "2023-08-08",
    "https://www.nippon.com/en/news/kd795501177799573504/china-firm-to-build-50-bil-yen-battery-plant-for-nissan-evs-in-japan.html": "2021-08-04",
    "https://www.manufacturing.net/automotive/news/22953323/michigan-terminates-controversial-ev-battery-plant": "2025-10-23",
    "https://thesun.my/business-news/stellantis-leapmotor-to-kickstart-ev-assembly-in-malaysia-with-5m-initial-investment-OM13973296": "2025-04-18",
    "https://www.brecorder.com/news/40361643/chinas-byd-tsingshan-scrap-plans-for-chile-lithium-plants": "2025-05-07",
    "https://www.livemint.com/auto-news/warren-buffet-backed-chinese-ev-maker-byd-bets-big-on-india-11665513250041.html": "2022-10-12",
    "https://www.urdupoint.com/en/miscellaneous/chinas-largest-automobile-maker-comes-to-pak-1193406.html": "2021-03",
    "https://moto.pl/MotoPL/7,88389,31394835,chinczycy-kupili-polska-fabryke-zaklad-w-koninie.html": "2024-10",
    "https://northafricapost.com/71510-south-korean-lg-chem-teams-up-with-chinasxhuayou-group-to-build-2-plants-in-morocco.html": "2023-09",
    "https://oto.detik.com/mobil/d-4623549/merek-mobil-china-ini-janji-tak-angkat-kaki-dari-indonesia": "2019",
    "https://www.urdupoint.com/en/business/chinese-car-maker-to-continue-production-desp-1711803.html": "2023-06-20",
    "https://www.pcauto.com/my/news/chery-breaks-ground-for-its-smart-factory-in-malaysia-initial-annual-production-capacity-of-100000-vehicles-15125": "2025-02-26",
    "https://dev.solway.co.id/en/chinas-cngr-launches-qinzhou-nickel-matte-facility": "2023",
    "https://www.serbianmonitor.com/en/chinas-minth-automotive-plans-to-build-a-second-factory-in-sabac/": "2023-10",
    "https://rs.bloombergadria.com/ekonomija/srbija/61767/ifc-daje-kineskom-minthu-kredit-da-proizvodi-elektricne-baterije-u-srbiji/news": "2024-07-02",
    "https://balkangreenenergynews.com/minth-intends-to-invest-in-production-of-electric-vehicle-components-in-serbia": "2024-07",
    "https://www.nsenergybusiness.com/news/igo-tianqi-produce-battery-grade-lioh-kwinana-refinery/": "2022-05",
    "https://tribune.com.pk/story/1884909/2-chinese-automaker-set-start-production-buses-trucks/": "2019-01-10",
    "https://gonoticias.com.br/?p=37646": "2025-05-12",
    "https://www.bangkokpost.com/business/2607226/svolt-preps-b1-25bn-ev-battery-factory": "2023-07",
    "https://www.energy-storage.news/gotions-first-made-in-usa-ess-battery-packs-roll-off-silicon-valley-production-line/": "2023-12",
    "https://www.argusmedia.com/en/news-and-insights/latest-market-news/2667199-thailand-approves-sunwoda-s-1bn-battery-investment": "2025-03-13",
    "https://www.zawya.com/en/economy/north-africa/alkan-auto-chinas-baic-group-to-build-ev-factory-in-egypt-uacva3hb": "2024-10-28",
    "https://europeantech.news/egypt-partners-with-second-largest-chinese-automaker-for-new-ev-push": "2024-05",
    "https://www.bangkokpost.com/business/motoring/2762124/chery-unit-to-build-ev-plant-in-rayong": "2024-03-21",
    "https://indonesiabusinesspost.com/insider/jokowi-asks-vale-indonesia-to-expedite-completion-of-pomalaa-nickel-smelter": "2024-09",
    "https://www.revscene.net/forums/706431-electric-hybrid-car-thread-310-print.html": "2026-01-23",
    "https://newsghana.com.gh/bikita-minerals-begins-trial-production-at-new-lithium-plants-in-zimbabwe/": "2023-07-11",
    "https://greatgameindia.com/saudi-arabia-pens-5-6-billion-deal-to-develop-evs-with-china/": "2023-06",
    "https://news.metal.com/newscontent/103094602/Ganfeng-Lithiums-Goulamina-lithium-spodumene-project-Phase-I-in-Mali-goes-into-operation": "2024-12-16",
    "https://news.mobyinfo.com/makers/gac-warisan-tc-completion-mass-production-ceremony-ckd-plant-malaysia/": "2024-04",
    "https://www.dailysabah.com/business/automotive/chinas-geely-buys-264-stake-in-renaults-brazil-unit": "2025-11-03",
    "https://freightwaves.com/news/china-based-automaker-to-invest-3b-in-mexico-ev-plant/amp": "2023",
    "https://pandaily.com/enovate-to-build-ev-factory-in-saudi-arabia-as-china-sales-slump": "2022-12",
    "https://paultan.org/2024/07/02/chery-malaysia-planning-exports-from-new-shah-alam-factory-rhd-hub-rd-rm1b-investment-pledged/": "2024-07-02",
    "https://www.koreaherald.com/view.php?ud=20231110000591": "2023-11-10",
    "https://www.electrive.com/?p=297368": "2026-02",
    "https://www.finanznachrichten.de/nachrichten-2022-08/56798370-catl-unveils-plans-for-100-gwh-battery-plant-in-hungary-451.htm": "2022-08-12",
    "https://www.finanznachrichten.de/nachrichten-2025-10/66847871-baubeginn-fuer-gotion-batteriefabrik-in-der-slowakei-649.htm": "2025-10-28",
    "https://www.finanznachrichten.de/nachrichten-2024-06/62404374-accelera-by-cummins-daimler-truck-paccar-complete-battery-jv-transaction-020.htm": "2024-06",
    "http://en.people.cn/n3/2024/0718/c90000-20194846.html": "2024-07-18",
    "http://en.people.cn/n3/2025/0517/c90000-20316209.html": "2025-05-17",
    "https://www.chinadaily.com.cn/a/202511/27/WS6927b2eda310d6866eb2babb.html": "2025-11-27",
    "https://scandasia.com/chinese-battery-materials-maker-invests-in-finnish-factory/": "2023-09",
    "https://www.smart-energy.com/industry-sectors/electric-vehicles/byd-opens-battery-plant-for-electric-vehicles-in-brazil/": "2020-08",
    "https://www.financialexpress.com/express-mobility/gms-talegaon-facility-up-for-sale-deal-with-chinas-great-wall-motor-fails-to-move-forward/2579272/": "2022-07",
    "https://fr.le360.ma/economie/batteries-electriques-le-chinois-tinci-choisit-le-maroc-pour-produire-ses-electrolytes_FSWHPCWVOZHOTAZABFBRBOBGSQ/": "2025-06",
    "https://en.bladi.net/chinese-giant-byd-scraps-plans-electric-battery-factory-morocco,107654.html": "2024-04",
    "https://nickel.com/news/tsingshan-unit-plans-indonesian-battery-plant-as-trade-frictions-mount/": "2024-04",
    "https://ceenergynews.com/transport/chinese-manufacturer-semcorp-sets-up-a-plant-in-hungary-to-serve-europes-future-automotive-industry/": "2020-11",
    "https://www.globalneighbours.org/?p=2998": "2025-06",
    "https://evmagz.com/farasis-energy-and-togg-embark-on-joint-venture-to-construct-battery-cell-factory": "2023-04",
}

# status_as_of where no dated source backs the status (the date the status was last confirmed by the row's sources).
STATUS_AS_OF = {
    # Undated pages: the month of the event the page reports (marked in internal_notes).
    "F054": "2025-06", "F059": "2024-06", "F073": "2025-08", "F107": "2019-01", "F112": "2025-03", "F114": "2025-07",
    "F117": "2024-12", "F124": "2025-12", "F134": "2021-06", "F138": "2023-03", "F160": "2025-12",
}

# The documented fixed rates: USD per unit of currency (data/README.md, "Conversion rates").
RATES = {"EUR": 1.0817, "GBP": 1.2440, "THB": 1 / 34.7841, "AUD": 0.6644, "BRL": 1 / 4.9946, "SEK": 1 / 10.6089,
         "KRW": 1 / 1306.7637, "JPY": 1 / 140.5001, "MYR": 1 / 4.5577, "MXN": 1 / 17.7334, "ZAR": 1 / 18.4535,
         "INR": 1 / 82.5708, "CNY": 1 / 7.0809}


def withdraw(r, col, why):
    """Empties a figure no quoted source backs; its old value goes to internal_notes."""
    cols = {"investment": ["investment_value", "investment_currency", "investment_usd_millions", "usd_basis"],
            "capacity": ["capacity_value", "capacity_unit"], "announced_year": ["announced_year"],
            "production_start": ["production_start"]}[col]
    old = " ".join(r[c] for c in cols if r[c])
    for c in cols:
        r[c] = ""
    if col == "investment":
        r["investment_scope"] = ""
    add_internal(r, f"{col} withdrawn in 2026-12-02.1 (was {old}): {why}")


def add_internal(r, text):
    r["internal_notes"] = (r["internal_notes"] + " " + text).strip() if r["internal_notes"] else text


def add_public(r, text):
    r["notes"] = (r["notes"] + " " + text).strip() if r["notes"] else text


EXTRA_SOURCES = []  # (facility_id, url, publisher, published, quote, supports)

def apply(by_id, sources, publisher_of):
    from fixes_rows import apply_rows
    apply_rows(by_id, sources, publisher_of)
    # Converted USD figures at the documented rates only.
    for r in by_id.values():
        if r["usd_basis"] == "converted":
            rate = RATES.get(r["investment_currency"])
            if rate is None:
                add_internal(r, f"USD figure {r['investment_usd_millions']} removed in 2026-12-02.1: it was converted at an undocumented rate, and no documented rate exists for {r['investment_currency']}.")
                r["investment_usd_millions"], r["usd_basis"] = "", ""
            else:
                r["investment_usd_millions"] = f"{float(r['investment_value']) * rate:.1f}"
