"""Row-by-row corrections of dataset 2026-12-02.1 (issue 15). See data/CHANGELOG.md."""
import re
from fixes import withdraw, add_internal, add_public

T = "2026-12-02"


def src(sources, fid, url, publisher, published, quote, supports):
    sources.append({"facility_id": fid, "source_url": url, "publisher": publisher, "published": published,
                    "source_quote": quote, "source_accessed": T, "supports": supports})


def primary(sources, fid):
    return next(s for s in sources if s["facility_id"] == fid)


def set_primary(r, sources, url, publisher, published, quote):
    p = primary(sources, r["id"])
    p.update({"source_url": url, "publisher": publisher, "published": published, "source_quote": quote,
              "source_accessed": T, "supports": ""})
    r["source_url"], r["source_quote"], r["source_accessed"] = url, quote, T


def apply_rows(by_id, sources, publisher_of):
    R = by_id
    # --- Ownership: one rule for every row (data/README.md, "Ownership"). ---
    share = {"F011": 49, "F051": 49, "F106": 49, "F048": 49.9, "F063": 36, "F064": 49, "F065": 49, "F070": 10,
             "F113": 33.47, "F144": 30, "F146": 34.02, "F162": 26.4, "F143": 49, "F037": 50, "F101": 50, "F114": 50,
             "F050": 51, "F140": 51, "F057": 57, "F045": 51, "F046": 51, "F007": 40}
    for fid, pct in share.items():
        R[fid]["chinese_share_pct"] = str(pct)
    R["F050"]["ownership"] = "chinese_owned"
    R["F045"]["ownership"] = "chinese_owned"
    R["F046"]["ownership"] = "chinese_owned"
    R["F007"]["ownership"] = "minority_stake"
    R["F007"]["partner"] = "Uzavtosanoat (UzAuto), 60%"
    R["F007"]["company"] = "BYD (BYD Uzbekistan Factory, BYD 40%)"
    src(sources, "F007", "https://www.gazeta.uz/en/2024/03/19/byd-uzbekistan-factory/", "Gazeta.uz", "2024-03-19",
        "On December 29, 2022, Uzavtosanoat (holding a 60% stake) and BYD Europe B. V. (Netherlands, with a 40% share) established a joint venture BYD Uzbekistan Factory.",
        "ownership;partner")
    src(sources, "F007", "https://insideevs.com/news/632320/byd-uzauto-plugin-vehicles-uzbekistan/", "InsideEVs", "2023-01-21",
        "BYD and Uzavtosanoat JSC (UzAuto), Uzbekistan’s largest passenger and commercial vehicle manufacturer, announced the signing of an agreement to establish a joint venture company producing New Energy Vehicles (NEVs).",
        "announced_year;partner")
    for fid in ("F045", "F046"):
        src(sources, fid, "https://www.cliffordchance.com/news/news/2013/11/clifford_chance_advisesshanghaiautoonjointventuretoproducemgcars.html",
            "Clifford Chance", "2013-11-29",
            "The new entity SAIC Motor – CP Co., Ltd has around THB 2,500 million of capital. SAIC will own a 51% stake in the joint venture, while CP will hold 49%.",
            "ownership;partner" + (";announced_year" if fid == "F045" else ""))
    add_public(R["F046"], "Part of SAIC Motor-CP, the joint venture in which SAIC holds 51% and CP Group 49%.")
    add_public(R["F045"], "SAIC holds 51% of SAIC Motor-CP and CP Group 49%.")
    add_internal(R["F015"], "Ownership kept joint_venture: no source read states CATL's share of CATIB.")
    add_internal(R["F166"], "chinese_share_pct left empty: the source gives a range (CATL 60-70% in all segments except nickel mining).")
    add_internal(R["F027"], "Ownership kept joint_venture: the 80% Gotion share cited in the fact-check is not in a source read here.")
    R["F073"]["partner"] = ""
    add_internal(R["F073"], "Partner removed from public text (was 'local assembler (not verified)').")

    # --- F143: the CATL-led consortium was chosen in January 2023; the cited Kitco page could not be found. ---
    r = R["F143"]
    set_primary(r, sources, "https://republicofmining.com/2024/11/27/bolivia-says-chinas-cbc-to-invest-1-billion-in-lithium-plants-by-daniel-ramos-and-daina-beth-solomon-reuters-november-26-2024/",
                "Republic of Mining (Reuters)", "2024-11-27",
                "Bolivia’s government and Chinese consortium CBC, which includes battery manufacturer CATL, have signed an agreement for CBC to build two direct lithium extraction plants for at least $1 billion ... The government will take a 51% stake in the project ... The two plants together are intended to produce 35,000 metric tons of lithium a year")
    src(sources, "F143", "https://www.financetom.com/business/bolivia-says-chinas-cbc-to-invest-1-billion-in-lithium-plants-302155.htm",
        "financetom (Reuters)", "2024-11-26",
        "Bolivia's government and\n\nChinese consortium CBC, which includes battery manufacturer CATL\n\n, have signed an agreement for CBC to build two\n\ndirect lithium extraction plants for at least $1 billion".replace("\n\n", " ").replace("  ", " "),
        "company;investment;status")
    src(sources, "F143", "https://evlithiumcharger.com/News/catl-signs-massive-lithium-carbonate-con.html", "evlithiumcharger.com", "2024-11",
        "The CBC Bolivia branch is a joint venture led by CATL, with CATL holding a 66% stake. The remaining 34% is jointly owned by China Molybdenum Co., Ltd. (CMOC) and Guangdong Brunp Recycling Technology Co., Ltd.",
        "company;partner")
    r["announced_year"] = "2023"
    add_public(r, "Bolivia chose the CATL-led consortium in January 2023; the service contract was signed on 2024-11-26 and needs approval by Congress.")

    # --- Operational plants without a production start: dated sources found, or status corrected. ---
    r = R["F022"]; r["production_start"] = "2012-12"
    src(sources, "F022", "http://evworld.com/news.cfm?newsid=29371", "EVWorld", "2012-12-13",
        "Just two years after the first Nissan Leaf was sold in the U.S., Nissan said today it has opened a plant in Smyrna, Tennessee, to fabricate lithium-ion cells for electric-car batteries.",
        "production_start;site")
    src(sources, "F022", "https://www.dnj.com/story/news/2018/01/31/nissans-expanding-battery-plant-smyrna-auto-factory-may-add-jobs-global-operation/1083104001/",
        "Daily News Journal", "2018-01-31",
        "The IDB unanimously approved a new arrangement with Nissan that involves GSR taking over the equipment at the automobile factory's battery plant and operating under the name AESC (Automotive Energy Supply Corp.) LLC.",
        "company;ownership")
    add_public(r, "Opened by Nissan in December 2012; operated by AESC since 2018.")
    r = R["F036"]; r["production_start"] = "2025-06"
    src(sources, "F036", "https://gaya.one/it/world-events/summary/morocco-and-china-launch-ev-battery-component-facility", "Gaya One", "2025-06",
        "Il 25 giugno 2025, una joint venture sino-marocchina ha inaugurato un nuovo impianto a Jorf Lasfar, in Marocco. L'impianto è dedicato alla produzione di componenti per batterie di veicoli elettrici (EV).",
        "production_start;status;site")
    src(sources, "F036", "https://lemaroc.articlophile.com/almghrb", "Le Maroc (articlophile)", "2025-06",
        "يوم 25 يونيو 2025، دشنت شركة \"كوبكو\" (Core Battery Components) أول خط إنتاج لها",
        "production_start;status")
    r = R["F049"]; r["status"] = "under_construction"
    src(sources, "F049", "https://www.essdaily.com/america/hithium-energy-storage-opens-10gwh-manufacturing-facility-in-texas", "ESS Daily", "2025-05-29",
        "Hithium Energy Storage has officially inaugurated its first manufacturing facility in the United States ... designed to deliver an annual production capacity of 10 gigawatt-hours (GWh) of battery modules and energy storage systems. Full-scale operations are scheduled to begin in July 2025.",
        "capacity;status")
    src(sources, "F049", "https://www.energy-storage.news/hithium-plans-10gwh-bess-assembly-facility-in-texas", "Energy-Storage.news", "2023-07",
        "The Xiamen, China-headquartered company, focused on the stationary energy storage sector, announced last week (12 July) that it is investing an initial US$100 million into a facility in the Texas city of Mesquite.",
        "announced_year")
    add_public(r, "The building opened in May 2025; the sources read give mass production as planned for July or late 2025, so the status is under construction (commissioning) until a start is reported.")
    r = R["F058"]; r["status"] = "under_construction"
    add_public(r, "The sources read do not date the start of production, so the status is the last one they report (construction).")
    add_internal(r, "Status changed from operational: no source read gives a production start (a Reuters excerpt said 'will be commissioned on June 1', year not shown).")
    r["status_as_of"] = "2021-05-24"
    r = R["F111"]; r["production_start"] = "2021-11"
    src(sources, "F111", "https://www.dtnext.in/business/2023/01/28/byd-bullish-on-india-s-passenger-ev-market", "DT Next", "2023-01-28",
        "BYD India has an assembling plant in Chennai. Gopalakrishnan said the BYD cars are brought in semi-knocked-down condition to India and then assembled at the Chennai plant. BYD had initially introduced an electric bus in India in 2017, which it followed up with an electric passenger car in November 2021.",
        "production_start;status;segment")
    add_public(r, "Cars are assembled in Chennai from semi-knocked-down kits; the first passenger car (e6) followed in November 2021.")
    r = R["F115"]; r["production_start"] = "2021-05"
    src(sources, "F115", "https://www.techchacho.com/auto-tech/05/26/2021/first-pakistan-assembled-mg-hs-rolls-off-the-assembly-line/", "TechChacho", "2021-05-26",
        "It has been revealed in a recent promising development that the first-ever locally-assembled MG HS SUV has just rolled off the local assembly line in Lahore, as announced by Javed Afridi on Twitter.",
        "production_start;status")
    src(sources, "F115", "https://dailytimes.com.pk/734123/chinas-ambassador-visits-mg-plant-construction-site-for-tree-plantation-ceremony/", "Daily Times", "2021-03-14",
        "MG JW Automobile Pakistan (PVT) Ltd is a Joint Venture between SMIL, a subsidiary of SAIC (1st largest Chinese and 7th largest global automobile manufacturer) and JW SEZ.",
        "ownership;partner")
    r = R["F125"]; r["production_start"] = "2017-11"
    src(sources, "F125", "https://www.oto.com/berita-mobil/lagi-pabrikan-mobil-asal-china-buka-pabrik-di-indonesia-21170334", "Oto.com", "2017-11-28",
        "Pabrik Sokonindo terletak di Kawasan Industri Cikande, Serang, Banten ... Pabrikan Cina ini, tercatat mengeluarkan dana investasi hingga US$ 150 juta untuk mendirikan pabrik perakitan ... Pabrik Sokonindo memiliki kapasitas produksi 50 ribu unit pertahun ... Peresmian pabrik, juga sebagai penanda dimulainya proses perakitan produk kendaraan penumpang pertama mereka, Glory 580.",
        "site;investment;capacity;production_start;status")
    add_public(r, "Plant inaugurated on 2017-11-28, marking the start of assembly of the Glory 580.")
    r = R["F136"]; r["production_start"] = "2022-03"
    src(sources, "F136", "https://www.infolo.rs/the-lighthouse-of-the-belt-and-road-in-serbia/", "Infolo", "2022-03",
        "March 10th, 11 a.m. in Loznica, Minth Group held a grand opening ceremony to celebrate the completion of the construction and initial of production of the factory of Minth Automotive Loznica",
        "production_start;status;site")
    src(sources, "F136", "https://cordmagazine.com/sector-in-focus/fic/tian-ye-minth-automotive-we-have-responded-successfully-to-the-challenge/", "CorD Magazine", "2020",
        "Minth Automotive Europe d.o.o. (MAE) is a 100%-owned subsidiary of the Minth Group, which was established in Loznica in 2018.",
        "ownership;announced_year")
    r = R["F142"]; r["production_start"] = "2025-09"
    src(sources, "F142", "https://catamarcaprovincia.com.ar/zijin-liex-pone-en-marcha-la-produccion-de-litio-en-su-planta-en-fiambala/", "Catamarca Provincia", "2025-09-12",
        "El acto oficial de puesta en marcha de la producción está previsto para las 16:00 horas de este viernes 12 de septiembre ... Zijin prevé una producción anual de 20.000 toneladas de carbonato de litio de grado industrial",
        "production_start;status;capacity")
    add_public(r, "Production was formally launched on 2025-09-12.")

    # --- Programme-wide figures are not a plant's cost. ---
    r = R["F002"]; r["investment_scope"] = "programme"
    r["notes"] = ("Inaugurated 2025-08-15 with Lula. Plant bought from Mercedes-Benz in 2021. The R$10 bn is GWM's Brazil-wide programme for 2022–2032 "
                  "(R$4 bn in 2022–2025/26 and R$6 bn in 2026/27–2032), not the cost of this plant, so it is left out of plant totals. Initial output 20–30k vehicles a year.")
    R["F145"]["investment_scope"] = "programme"
    add_public(R["F145"], "The US$1.3 bn covers GAC's plans for Brazil as a whole, not only this plant.")

    # --- Flagged status rows re-checked against newer pages (where the stored pages have any). ---
    src(sources, "F006", "https://jakartaglobe.id/business/byd-to-begin-production-in-indonesia-next-year", "Jakarta Globe", "2025",
        "“BYD has purchased land in Subang. We hope their manufacturing process to start early next year,” Rosan told reporters at the State Palace in Jakarta on Thursday ... When BYD officially entered the Indonesian market early last year, Chief Economic Affairs Minister Airlangga Hartarto said that the Chinese auto giant would invest $1.3 billion in a local assembly plant.",
        "status;site;announced_year")
    src(sources, "F102", "https://www.myanmaritv.com/news/next-generation-ev-battery-plant-completed-near-tokyo", "Myanmar International TV (NHK)", "2023-08-31",
        "A factory dedicated to making next-generation batteries that support longer mileage and short charging times has been completed in Ibaraki Prefecture, near Tokyo. ... AESC officials say production will start next March",
        "status;site")
    src(sources, "F146", "https://www.marketscreener.com/quote/stock/RENAULT-4688/news/Renault-agreement-to-produce-the-Polestar-4-in-Busan-45295122/", "MarketScreener (Renault)", "2023-11",
        "Renault has announced the signature of an agreement between Polestar, Geely Group and Renault Korea Motors (RKM), for the production of Polestar 4 vehicles for the South Korean domestic market and for export to North America at the Busan plant in South Korea.",
        "status;partner")
    src(sources, "F146", "https://www.econotimes.com/Renault-Korea-to-Produce-Polestar-4-Electric-SUV-in-Busan-1665895", "EconoTimes", "2023-11",
        "With Geely acquiring a 34.02 percent stake in Renault Korea last year, the cooperation between the two companies has flourished.",
        "ownership")
    src(sources, "F106", "https://www.metal.com/id/newscontent/103286990", "SMM (Gasgoo)", "2025-04",
        "Pada 18 April, Stellantis dan Leapmotor mengumumkan rencana untuk memulai proyek perakitan kendaraan listrik (EV) lokal di Malaysia ... Produksi model pertama Leapmotor yang dirakit secara lokal, C10, direncanakan dimulai pada akhir 2025.",
        "status;announced_year")
    src(sources, "F011", "https://www.timeslive.co.za/motoring/news/2024-03-25-chinas-leapmotor-to-build-evs-at-stellantis-polish-plant-sources-say/", "TimesLIVE (Reuters)", "2024-03-25",
        "A Chinese regulator this month approved the joint venture in which Stellantis has a 51% stake.",
        "ownership;announced_year")

    # --- Figures whose own quote did not carry them: another quoted source, or withdrawn. ---
    r = R["F005"]
    r["investment_value"], r["investment_currency"], r["investment_usd_millions"], r["usd_basis"] = "490", "USD", "490", "reported"
    add_public(r, "A 2022 Reuters report gave the cost as 17.9 bn baht.")
    r = R["F032"]; r["investment_value"] = "1300"
    add_public(r, "The quote gives the cost as nearly EUR 1.3 bn.")
    r = R["F053"]
    r["investment_value"], r["investment_currency"], r["investment_usd_millions"], r["usd_basis"] = "6200", "HUF", "", ""
    r = R["F056"]
    r["investment_value"], r["investment_currency"], r["investment_usd_millions"], r["usd_basis"] = "15", "EUR", "15", "converted"
    withdraw(R["F056"], "capacity", "the quote gives 20 swap stations a month; the yearly figure was derived, not stated.")
    add_public(R["F056"], "The plant was to produce 20 power swap stations a month.")
    r = R["F108"]
    src(sources, "F108", "https://covid-19.chinadaily.com.cn/world/2017-03/24/content_28672746.htm", "China Daily", "2017-03-24",
        "invest 10 million euros in an electric bus assembly plant in the town of Allonne ... up to 200 single-deck buses and coaches a year in its first phase",
        "investment;capacity;announced_year;site")
    r = R["F161"]
    gone_inv = {
                "F064": "the 300 m baht was registered capital, quoted from Pattaya Mail with no page address"}
    for fid, why in gone_inv.items():
        withdraw(R[fid], "investment", why + ".")
    gone_cap = {
                "F036": "miningsee/nellanotizia (GWh-equivalent of a materials plant)", 
                
                "F119": "the quote (two phases of 50,000 t each; the total was derived)",
                "F127": "automotivemanufacturingsolutions.com",
                "F160": "liniindonesia.com"}
    for fid, who in gone_cap.items():
        withdraw(R[fid], "capacity", f"it came from {who}, named in the notes without a page address and quote.")
    add_public(R["F119"], "Planned in two phases of 50,000 t a year each.")

    # --- Production starts: dated sources, or withdrawn (and the status corrected where it was operational). ---
    src(sources, "F045", "https://newmobility.news/2024/08/27/saic-hatches-plan-to-export-mg4-out-of-thai-factory-to-eu-to-avoid-tax/", "New Mobility", "2024-08-27",
        "MG’s factory in the Chonburi province in eastern Thailand is a joint venture between SAIC Motor and the Charoen Pokphand Group. It employs around 1,000 people, of whom 98% are Thai. The first units of the fully electric MG4 rolled off the production lines in November 2023",
        "production_start;status;partner")
    R["F046"]["production_start"] = "2023"
    src(sources, "F046", "https://electrive.net/2023/11/07/mg4-geht-in-thailand-in-die-produktion", "electrive.net", "2023-11-07",
        "Vor kurzem hatte SAIC in der Provinz Chonburi auch eine Batteriefabrik mit einer Produktionskapazität von 50.000 Einheiten pro Jahr eingeweiht.",
        "production_start;capacity;status")
    src(sources, "F057", "https://www.channelnewsasia.com/business/huayous-indonesia-nickel-jv-starts-trial-production-2350881?cid=cna_flip_070214", "CNA (Reuters)", "2021-12-01",
        "China's Zhejiang Huayou Cobalt said on Wednesday its PT Huayue nickel and cobalt smelting joint venture (JV) in Indonesia has successfully churned out its first output after recently commencing trial production.",
        "production_start;status")
    src(sources, "F116", "https://theprojectbluegroup.com/blue/news-analysis/285/pt-qmb-new-energy-materials-ships-first-mhp", "Project Blue", "2023-01-18",
        "The QMB plant is located at the Indonesia Morowali Industrial Park (IMIP) on Sulawesi and was developed by GEM, IMIP, CATL, Hanwa and other smaller stakeholders ... The plant was eventually commissioned at the very end of last year for an initial capacity of 30ktpy Ni",
        "production_start;status;partner")
    src(sources, "F121", "http://www.hebhtqx.com/en/article-42518-65570.html", "Capchem (company news, mirror)", "2023-08-17",
        "In April 2023, Capchem’s new plant in Poland was officially put into production with the strong support from the Polish government, partners, and communities, after obtaining all the permits required for production.",
        "production_start;status")
    src(sources, "F131", "https://wartaekonomi.co.id/amp/read583968/pencapaian-wuling-sudah-produksi-178366-unit-2017-2025-di-tanah-air", "Warta Ekonomi", "2025-09",
        "Fasilitas produksi Wuling berlokasi di kawasan Greenland International Industrial Center (GIIC), Desa Sukamahi, Cikarang, Bekasi, Jawa Barat. Pembangunannya dimulai dengan peletakan batu pertama (groundbreaking) pada 20 Agustus 2015, dan diresmikan pada 11 Juli 2017.",
        "production_start;announced_year;status;site")
    p = primary(sources, "F128"); p["supports"] = "company;site;segment;status;capacity;production_start;partner;ownership"
    src(sources, "F003", "https://motoram.ru/en/news/2025/12/09/oborudovanie-dlia-zavoda-byd-pribylo-v-vengriiu.html", "Motoram", "2025-12-09",
        "The first batch of equipment for the future BYD production line has arrived in Szeged ... According to recent data, pilot production at the facility will start in the first quarter of 2026, and full-scale mass assembly in the second.",
        "status;site")
    src(sources, "F003", "https://www.automotiveworld.com/articles/byd-to-kick-off-hungary-production-with-seagull-model/", "Automotive World", "2025-09-11",
        "The Chinese automaker signed a land pre-purchase agreement in January 2024 for the €4bn (US$4.7bn) plant—BYD's first European production facility—and was originally scheduled to begin operations within three years of the initial December 2023 announcement.",
        "announced_year;investment")
    R["F003"]["status"] = "under_construction"
    withdraw(R["F003"], "production_start", "trial production from January 2026 was reported by electrive, whose quote was not recorded; the newest quoted source (Motoram, 2025-12-09) gives pilot production as planned for Q1 2026.")
    add_public(R["F003"], "Pilot production was planned for the first quarter of 2026 and mass production for the second.")
    R["F134"]["status"] = "under_construction"
    withdraw(R["F134"], "production_start", "2022 was the planned phase-1 date, not a reported start.")
    add_internal(R["F134"], "Status changed from operational: the primary source describes the plant as under construction until 2025.")
    for fid in ("F011", "F154", "F160"):
        pass

    R["F060"]["notes"] = R["F060"]["notes"].replace("alloy/pipe/rod", "alloy, pipe and rod")

    # --- Figures restored: the page named in the notes (or another page giving the figure) found again. ---
    src(sources, "F001", "https://oglobo.globo.com/economia/negocios/noticia/2023/07/montadora-chinesa-byd-assume-fabrica-da-ford-na-bahia-e-vai-investir-r-3-bilhoes.ghtml",
        "O Globo", "2023-07-04",
        "A montadora chinesa BYD (Build Your Dreams, do inglês construa seus sonhos) anunciou nesta terça investimento de R$ 3 bilhões na Bahia para operar três fábricas no complexo de Camaçari ... A segunda vai produzir automóveis híbridos e elétricos, com capacidade estimada em 150 mil unidades ao ano na primeira fase",
        "announced_year;capacity;site")
    src(sources, "F002", "https://govt.chinadaily.com.cn/s/202108/19/WS611e2bc1498e6a12c12049c1/great-wall-motors-buys-daimlers-plant-in-brazil.html", "China Daily", "2021-08-19",
        "Great Wall Motors has inked a deal with German carmaker Daimler AG to purchase its plant in Brazil, which will mark the Chinese carmaker's arrival in Latin America's largest economy.",
        "announced_year;site")
    src(sources, "F005", "https://www.reuters.com/business/autos-transportation/chinas-byd-set-up-ev-plant-thailand-2022-09-08/", "Reuters", "2022-09-08",
        "Chinese electric vehicle maker BYD on Thursday announced it would set up a facility in Thailand to start producing 150,000 passenger cars a year from 2024.",
        "announced_year;capacity")
    src(sources, "F005", "https://www.financialexpress.com/express-mobility/chinas-byd-to-set-up-ev-plant-in-thailand/2659313/", "Financial Express (Reuters)", "2022-09-08",
        "BYD announced in a joint statement with Thai industrial developer WHA Group that a purchase agreement had been signed for 96 hectares (237 acres) of land in the eastern province of Rayong for the plant. The 17.9 billion baht ($491 million) project to produce EVs was approved by Thailand’s Board of Investment last month.",
        "site;partner")
    src(sources, "F013", "https://www.jungewelt.de/artikel/424031.catl-will-produktion-hochfahren.html", "junge Welt (dpa)", "2022-04",
        "»Wir sind im Endspurt«, sagte Europapräsident Matthias Zentgraf am Montag in Arnstadt beim Erhalt einer Betriebsgenehmigung des Landes Thüringen für die erste Ausbaustufe des Werkes. Diese hat eine Kapazität von zunächst acht Gigawattstunden.",
        "capacity")
    R["F013"]["capacity_value"], R["F013"]["capacity_unit"] = "8", "GWh/yr"
    src(sources, "F017", "https://schulung.table.media/china/news/renault-batteriefabrik-mit-envision-geplant", "China.Table", "2021-06-29",
        "Der französische Autobauer Renault wird gemeinsam mit dem chinesische Batteriehersteller Envision AESC in Nordfrankreich eine Batteriefabrik errichten. Envision werde in die geplante „Gigafactory“ in der Nähe des Renault-Werks in Douai rund zwei Milliarden Euro investieren",
        "announced_year;investment;site")
    src(sources, "F019", "https://www.autocar.co.uk/car-news/business-electric-vehicles/inside-uks-%C2%A31-billion-battery-production-hope", "Autocar", "2026-01-13",
        "Chinese-owned, Japanese-headquartered AESC has just completed a vast new cell-making plant slap-bang next to Nissan’s plant on Wearside at a cost of £1 billion and has begun supplying batteries for the new Nissan Leaf crossover.",
        "investment;status;ownership")
    src(sources, "F019", "https://battery-tech.net/battery-markets-news/aesc-opens-new-sunderland-gigafactory-to-supply-nissan-leaf", "Battery-Tech", "2025-12",
        "At the start of production, AESC announced an initial annual output capacity of 15.8 gigawatt-hours (GWh). This figure exceeds earlier targets: 12 GWh at the groundbreaking in December 2022 and an original projection of 9 GWh from the July 2021 announcement.",
        "capacity;announced_year")
    src(sources, "F143", "https://d33gy59ovltp76.cloudfront.net/news/citic-guoan-wins-contract-to-develop-bolivian-lithium-deposits", "Caixin Global", "2023-06-30",
        "The deal follows a similar agreement signed in January by YLB and a Chinese consortium led by CATL to invest upwards of $1 billion in infrastructure to help develop local lithium reserves.",
        "announced_year")
    src(sources, "F116", "https://roskill.com/news/nickel-cobalt-gem-moves-to-boost-stake-in-indonesian-hpal-project/", "Roskill", "",
        "The PT QMB New Energy Materials project was the first concrete announcement of Chinese investment in Indonesian nickel and cobalt intermediates destined for use in EV batteries back in September 2018.",
        "announced_year")

    src(sources, "F018", "https://www.heraldo.es/noticias/economia/2022/06/03/acciona-y-la-china-envision-instalaran-una-gigafactoria-de-baterias-en-extremadura-1579039.html", "Heraldo (Europa Press)", "2022-06-03",
        "Acciona Energía ha negociado con Envision, una de las principales empresas energéticas y tecnológicas del mundo, con sede en China, el desarrollo de un proyecto en España para la fabricación de baterías y minería del litio, concretamente en Navalmoral de la Mata (Extremadura).",
        "announced_year;site")
    src(sources, "F020", "https://www.wistv.com/2022/12/06/new-battery-factory-coming-florence-county-will-create-1170-jobs/", "WIS-TV", "2022-12-06",
        "Envision AESC, a world-leading Japanese electric vehicle battery technology company, along with Governor Henry McMaster, announced today it will build a state-of-the-art battery cell gigafactory in Florence County.",
        "announced_year;site")
    src(sources, "F021", "https://www.wymt.com/2022/08/30/electric-car-battery-factory-breaks-ground-bowling-green/", "WYMT (WBKO)", "2022-08-30",
        "Envision AESC, an electric vehicle battery technology company, along with Gov. Andy Beshear, broke ground Tuesday on its gigafactory in the Kentucky Transpark in Bowling Green. The 30 GWh plant will create 2,000 new, skilled jobs for the region ... “When Envision AESC announced plans to locate in the commonwealth four months ago",
        "capacity;announced_year;site")
    R["F021"]["capacity_value"], R["F021"]["capacity_unit"] = "30", "GWh/yr"
    src(sources, "F024", "https://menafn.com/1109519674/Gotion-Reaffirms-US-Commitment-To-Clean-Energy-Amid-Trade-Tensions", "MENAFN (PR Newswire, Gotion)", "2025-05-07",
        "In Manteno, Illinois, Gotion's flagship $2 billion gigafactory is set to become the largest battery energy storage systems investment in Illinois history. Once complete, the 153-acre facility will produce 35 GWh of battery cells and 25 GWh of battery packs annually ... The state-of-the-art facility is in final testing now, and is working towards full operations by the end of the year",
        "capacity;status;investment")
    R["F024"]["capacity_value"], R["F024"]["capacity_unit"] = "35", "GWh/yr"
    src(sources, "F027", "https://it.marketscreener.com/notizie/ultimo/La-Slovacchia-approva-la-costruzione-di-Gigafactory-47010578", "MarketScreener (ANSA)", "2024-06",
        "GIB investirà nella nuova fabbrica circa 1,2 miliardi di euro ed impiegherà circa 1300 persone. La fabbrica si estenderà su oltre 100 ettari e avrà una capacità produttiva annua di 20 gigawattora nella prima fase.",
        "investment;capacity")
    src(sources, "F027", "https://bne.eu/gotion-inobat-batteries-jv-to-build-gigafactory-in-slovakia-302613", "bne IntelliNews", "2023-11-24",
        "Slovak Prime Minister Robert Fico and Minister of Economy Denisa Sakova have signed a memorandum with Gotion InoBat Batteries (GIB) on developing a 20 GWh battery plant in Surany ... GIB is a joint venture of Chinese-owned Gotion High-Tech and Slovak start-up InoBat.",
        "announced_year;ownership;partner")

    src(sources, "F029", "https://paultan.org/2022/12/02/chinas-eve-energy-announces-rm1-85-bil-investment-to-build-cylindrical-battery-production-plant-in-malaysia/", "Paul Tan", "2022-12-02",
        "China-based lithium battery maker EVE Energy Co is set to build a cylindrical battery production facility in Malaysia through its subsidiary EVE Energy Malaysia ... In a statement, the company said that it plans to invest US$422.3 million (RM1.85 billion) into the business here.",
        "announced_year;investment;ownership")
    R["F029"]["investment_value"], R["F029"]["investment_usd_millions"] = "422.3", "422.3"
    src(sources, "F031", "https://www.autoevolution.com/news/portugal-may-get-europes-largest-lithium-ion-cell-factory-with-calb-202935.html", "autoevolution", "2022-11-04",
        "The Chinese cell manufacturer announced on WeChat that it signed a Memorandum of Cooperation (MoC) with the Portuguese government ... the plan is to build the lithium-ion cell factory in Sines, Setúbal.",
        "announced_year;site")
    src(sources, "F033", "https://seaisi.org/details/25189?type=news-rooms", "SEAISI (Kallanish)", "2024-08-08",
        "The project, first announced last October, was jointly developed with Singapore’s Stellar Investment, a subsidiary of Chinese nickel giant Tsingshan.",
        "announced_year;partner")
    src(sources, "F033", "https://www.livemint.com/news/indonesias-ev-ambitions-boosted-by-new-btr-battery-anode-plant-11723064230168.html", "Mint (Bloomberg)", "2024-08-07",
        "BTR New Material, which is affiliated with China Baoan Group Co. Ltd., holds 60% of ownership of the new factory. Singapore Stellar Investment Pte. Ltd holds the rest.",
        "ownership;partner")
    add_public(R["F033"], "BTR holds 60% and Tsingshan's Singapore unit Stellar Investment 40%.")
    src(sources, "F036", "https://billionaires.africa/2023/09/19/moroccan-royal-family-chinese-firm-in-2-billion-joint-venture", "Billionaires.Africa (Bloomberg)", "2023-09-19",
        "Al Mada, the holding company of Morocco’s royal family, is teaming up with CNGR Advanced Material Co., a Chinese battery component manufacturer, to build an industrial base in Morocco ... The project’s investment is projected to surpass 20 billion Moroccan dirhams (equivalent to $2 billion).",
        "announced_year;investment;partner")
    src(sources, "F037", "https://www.electrive.net/2021/11/30/farasis-und-togg-gruenden-batterie-jv-in-der-tuerkei/", "electrive.net", "2021-11-30",
        "Der chinesische Batteriehersteller Farasis Energy und der türkische Elektroautobauer Togg haben ein 50:50-Joint-Venture namens Siro besiegelt.",
        "announced_year;ownership;partner")

    src(sources, "F038", "https://www.rheinpfalz.de/lokal/zweibruecken_artikel,-batteriehersteller-investiert-zwei-milliarden-euro-im-saarland-_arid,5134920.html", "Die Rheinpfalz", "2020-11",
        "Der chinesische Batteriehersteller SVolt Energy kündigt eine bis zu zwei Milliarden Euro schwere Investition im Saarland an. An den beiden Standorten Überherrn und Heusweiler sollen bis Ende 2023 bis zu 2000 Arbeitsplätze geschaffen werden.",
        "announced_year;investment;site")
    R["F038"]["investment_scope"] = "programme"
    add_public(R["F038"], "The up to EUR 2 bn covered both Saarland sites (this cell plant and the Heusweiler module and pack plant, F039).")
    src(sources, "F039", "https://www.rheinpfalz.de/lokal/zweibruecken_artikel,-batteriehersteller-investiert-zwei-milliarden-euro-im-saarland-_arid,5134920.html", "Die Rheinpfalz", "2020-11",
        "Der chinesische Batteriehersteller SVolt Energy kündigt eine bis zu zwei Milliarden Euro schwere Investition im Saarland an. An den beiden Standorten Überherrn und Heusweiler sollen bis Ende 2023 bis zu 2000 Arbeitsplätze geschaffen werden.",
        "announced_year;site")
    src(sources, "F040", "https://www.jungewelt.de/artikel/434348.svolt-baut-batteriewerk-in-brandenburg.html", "junge Welt (Reuters)", "2022-09",
        "Das Unternehmen habe sich dazu ein Gelände in Lauchhammer in Brandenburg gesichert, teilte Svolt am Freitag mit. Das Werk solle ab 2025 in Betrieb gehen und habe zunächst eine Kapazität von 16 Gigawattstunden jährlich, sagte ein Sprecher.",
        "announced_year;capacity;site")
    src(sources, "F041", "https://www.nasdaq.com/articles/great-wall-says-to-buy-gms-thailand-car-plant-2020-02-16", "Nasdaq (Reuters)", "2020-02-16",
        "China's Great Wall Motor 601633.SS said on Monday it had signed a binding agreement to purchase a car plant from General Motors GM.N in Thailand.",
        "announced_year")
    R["F042"]["announced_year"] = "2014"
    src(sources, "F042", "https://dvizhok.su/business/v-rossii-poyavitsya-novyij-kitajskij-avtozavod", "Dvizhok", "2017-04-20",
        "Решение о строительстве в Тульской области завода китайского бренда было принято еще в мае 2014 года. Строительство завода началось в 2015 году в индустриальном парке \"Узловая\".",
        "announced_year;site")
    add_internal(R["F042"], "announced_year corrected from 2015 (inferred from 'four years of construction') to 2014, the decision to build stated by Dvizhok.")
    src(sources, "F043", "https://www.nationthailand.com/business/automobile/40039557", "The Nation Thailand", "2024-07-10",
        "GAC AION announced its investment plan in Thailand in November last year and began the construction of its Rayong factory in January.",
        "announced_year")

    src(sources, "F047", "https://otomotif.kompas.com/copy/2024/04/03/102200815/janji-gac-aion-bawa-ekosistem-ev-ke-indonesia", "Kompas", "2024-04-03",
        "\"Pada akhir tahun ini, akan langsung produksi secara CKD di salah satu fasilitas pabrik kami. Secara bertahap, akan dibuat ekosistem lengkap seperti mendirikan komponen mobil listirk yang penting di sini,\" kata dia di Jakarta, Selasa (2/4/2024).",
        "announced_year;partner")
    src(sources, "F048", "https://www.malaymail.com/news/money/2025/09/04/backbone-for-ev-production-proton-opens-malaysias-first-dedicated-plant-in-tanjung-malim-targets-45000-units-yearly/190011", "Malay Mail (Bernama)", "2025-09-04",
        "Prime Minister Datuk Seri Anwar Ibrahim today launched Malaysia’s first assembly plant dedicated exclusively to electric vehicles (EVs) ... The facility begins full-scale operations this month, just seven months after its groundbreaking in February ... Built at a cost of RM82 million, the plant spans 5.57 acres. The first phase, valued at RM47 million, provides capacity for 20,000 units annually, with scalability up to 45,000 units.",
        "status;production_start;investment;capacity")
    r = R["F048"]
    r["investment_value"], r["investment_currency"], r["usd_basis"], r["investment_scope"] = "82", "MYR", "converted", "plant"
    r["investment_usd_millions"] = "1"
    r["capacity_value"], r["capacity_unit"] = "20000", "vehicles/yr"
    src(sources, "F053", "https://global.chinadaily.com.cn/business/motoring/2016-10/11/content_27022976.htm", "China Daily (Xinhua)", "2016-10-11",
        "Chinese electric vehicle manufacturer BYD is building a bus factory in Hungary, in the northern town of Komarom, which is to be the first of its kind on the European continent, the company and Hungarian officials announced here on Monday. The project is slated to cost 20 million euros (about $22.4 million)",
        "announced_year;site")
    src(sources, "F057", "https://www.fastmarkets.com/insights/huayou-cobalt-plans-nickel-intermediate-products-jv-in-indonesia", "Fastmarkets", "2018-10",
        "Huaqing Nickel & Cobalt (Huaqing), a wholly owned subsidiary of Huayou Cobalt (Huayou), plans to invest in a joint venture called Huayue Nickel & Cobalt (Huayue) in Indonesia with four other companies, Huayou announced on the Shanghai Futures Exchange on Tuesday October 30.",
        "announced_year;company")
    src(sources, "F064", "https://www.marketscreener.com/news/latest/Gotion-PTT-Group-plan-battery-venture-in-Thailand--42554561/?utm_medium=RSS&utm_content=20221215", "MarketScreener (Reuters)", "2022-12-15",
        "Volkswagen-backed Chinese battery maker Gotion High Tech will partner with PTT Group in the production and export of battery modules and packs in Thailand ... The joint venture, which is 49% owned by Gotion and 51% by PTT, will work on batteries for both electric vehicles and energy storage",
        "announced_year;ownership;partner")

    src(sources, "F059", "https://fesnews.media/280347/2024/05/14/", "FES News", "2024-05-14",
        "Two agreements were signed on Tuesday at the Bank of Africa headquarters in Casablanca by two global leaders in the automotive battery industry, Hailiang Group and Xinzom, as part of two major industrial projects in the Mohammed VI Tangier Technology City (SATT).",
        "announced_year;status;site")
    R["F066"]["announced_year"] = "2023"
    src(sources, "F066", "https://www.channelnewsasia.com/business/chinas-hozon-produce-evs-thailand-southeast-asian-market-3469641?cid=cna_flip_070214", "CNA (Reuters)", "2023-05-06",
        "Hozon signed an agreement with Thailand's Bangchan General Assembly this week to start production of its NETA V model, expected in 2024, Thai government spokesperson Tipanan Sirichana said in a statement.",
        "announced_year;partner;ownership")
    src(sources, "F066", "https://worldconstructionnetwork.com/?p=59466", "World Construction Network", "2023",
        "Neta Auto (Thailand), an electric vehicle (EV) brand owned by Chinese automobile company Hozon Auto, has broken ground on its EV manufacturing plant in Khan Na Yao, Bangkok, Thailand ... the company has signed a cooperation agreement with Thailand-based Bangchan General Assembly Co (BGAC). This agreement will see both parties jointly establishing a modern EV assembly base.",
        "site;partner")
    add_internal(R["F066"], "announced_year corrected from 2022 to 2023 (the Bangchan agreement of May 2023, per Reuters via CNA); site and partner now sourced (World Construction Network).")
    src(sources, "F069", "http://carsale.uol.com.br/2014/07/16/chinesa-byd-confirma-fabrica-no-brasil", "Carsale (UOL)", "2014-07-16",
        "A chinesa BYD Company Limited anunciou um investimento de R$ 200 milhões para a construção de uma fábrica e centro de pesquisa e desenvolvimento de produtos em Campinas, no interior de São Paulo.",
        "announced_year;investment;site")
    src(sources, "F069", "https://www.automotivebusiness.com.br/noticias/byd-inaugura-fabrica-no-brasil-em-julho", "Automotive Business", "2015",
        "Com capacidade para produzir 500 unidades por ano, a unidade já nasce com a possibilidade de aumentar para 1 mil unidades/ano à medida do crescimento do mercado.",
        "capacity")
    r = R["F069"]
    r["investment_value"], r["investment_currency"], r["usd_basis"], r["investment_scope"], r["investment_usd_millions"] = "200", "BRL", "converted", "plant", "1"
    r["capacity_value"], r["capacity_unit"] = "500", "vehicles/yr"
    add_public(r, "The R$200 m covered the plant and a research centre; capacity is 500 bus chassis a year, expandable to 1,000.")
    src(sources, "F070", "https://ngtnews.com/construction-begins-on-battery-cell-manufacturing-plant-in-mississippi", "NGT News", "2024-07",
        "The 500-acre site will be home to a two-million-square-foot, energy-efficient facility with an annual manufacturing capacity of 21-gigawatt hours (GWh) for the production of lithium-iron-phosphate (LFP) battery cells ... Accelera, Daimler Truck and PACCAR have committed a combined $2 billion",
        "capacity;investment;status")
    src(sources, "F071", "https://www.zawya.com/en/projects/bri/chinas-tinci-to-build-280mln-lithium-battery-material-plant-in-morocco-dddi87rs", "Zawya", "2023-07-03",
        "Guangzhou Tinci Materials Technology, a China-based supplier of electrolytes and electrolyte chemicals for lithium batteries, intends to invest $280 million to establish a plant in Morocco to produce and sell lithium-ion battery materials.",
        "announced_year;investment")
    src(sources, "F071", "https://www.seaisi.org/details/26757?type=news-rooms", "SEAISI (Kallanish)", "2025-06-17",
        "The company recently announced it signed an investment agreement with the Moroccan government to build a 150,000 tonnes/year plant in the country. The project, first announced in 2023, will be developed by wholly owned subsidiary Tinci Materials Jorf Lasfar SAS.",
        "status;announced_year;ownership")

    src(sources, "F015", "https://www.pv-magazine-australia.com/2024/10/22/indonesia-teams-with-catl-to-deliver-15-gwh-capacity-battery-cell-plant/", "pv magazine Australia", "2024-10-22",
        "State-owned Indonesia Battery Corporation (IBC) announced it has formed a joint venture with a unit of China’s battery giant Contemporary Amperex Technology Co (CATL) to build a battery cell manufacturing facility in West Java with an annual production capacity of 15 GWh.",
        "announced_year;partner;ownership")
    src(sources, "F104", "https://www.argusmedia.com/zh/news-and-insights/latest-market-news/2446846-china-s-hozon-bangchan-to-produce-evs-in-thailand", "Argus Media", "2023-05",
        "Chinese major auto manufacturer Changan Automobile last month said it is investing 9.8bn baht ($285mn) in Thailand to set up an EV production factory.",
        "announced_year")
    src(sources, "F157", "https://www.businesslive.co.za/bd/companies/2023-07-10-chinas-sinomine-completes-300m-zimbabwe-lithium-projects/", "BusinessLIVE (Reuters)", "2023-07-10",
        "Sinomine bought Bikita Minerals, one of Africa’s oldest lithium mines, for $180m (R3.4bn) in January 2022 and began building a spodumene concentrate plant while expanding the existing petalite plant. Bikita will produce 300,000 metric tons of spodumene concentrate",
        "announced_year;capacity;status")
    src(sources, "F166", "https://equalocean.com/news/2022041917355", "EqualOcean", "2022-04-19",
        "China EV battery leader CATL(300750:SZ) announced that its subsidiary Brunp has entered into a partnership with Indonesian companies ANTAM and IBI to forge an EV battery supply chain. The investment would be no more than USD 6 billion ... CATL controls most of the projects except for the Nickel project.",
        "announced_year;partner;ownership")

    src(sources, "F008", "https://www.nationthailand.com/news/asean/40039716", "The Nation (Thailand)", "2024-07-16",
        "The project was unveiled during a July 15 meeting between Prime Minister Hun Manet and Liu Xueliang",
        "announced_year")
    src(sources, "F009", "https://www.dawn.com/news/1852926/chinas-byd-plans-car-plant-in-karachi-as-part-of-pakistan-entry", "Dawn (Reuters)", "2024-08-17",
        "Chinese electric vehicle giant BYD on Saturday announced plans to open a car production plant in Pakistan",
        "announced_year;company")
    src(sources, "F016", "https://www.ibidelectric.com/ford-to-build-3-5-billion-ev-battery-plant-in-michigan-creating-2500-jobs/", "Ibid Electric", "2023-02",
        "Ford Motor Company has announced plans to invest $3.5 billion in a new electric vehicle (EV) lithium-ion battery plant in southwest Michigan",
        "investment;announced_year")
    src(sources, "F016", "https://wkzo.com/2024/07/09/671560/", "WKZO", "2024-07-09",
        "BlueOval Battery Park Michigan plans an annual LFP battery production capacity of approximately 20 gigawatt hours, with production starting in 2026.",
        "capacity;status")
    R["F016"]["capacity_value"], R["F016"]["capacity_unit"] = "20", "GWh/yr"
    add_public(R["F016"], "The $3.5 bn is the investment announced in February 2023; the scope was reduced in November 2023 and planned capacity cut from about 35 GWh to about 20 GWh a year.")
    src(sources, "F013", "https://evertiq.com/news/44489?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+EvertiqCom%2FAll+%28evertiq.com+%3A%3A+Latest+news%29", "Evertiq", "2018-07-12",
        "Contemporary Amperex Technology Ltd. (CATL) is opening a European factory in Thuringia, Germany",
        "announced_year;site")
    src(sources, "F101", "https://www.zazoom.it/2024-12-10/stellantis-and-catl-to-invest-up-to-e4-1-billion-in-joint-venture-for-large-scale-lfp-battery-plant-in-spain/15975318/", "Zazoom (Stellantis–CATL release)", "2024-12-10",
        "Stellantis and CATL today announced they have reached an agreement to Invest up to €4.1 Billion to form a Joint Venture that will build a Large-Scale European lithium iron phosphate (LFP) Battery Plant in Zaragoza, Spain.",
        "announced_year;investment;partner;site")

    src(sources, "F109", "https://www.worldconstructionnetwork.com/news/byd-290m-lithium-cathode-factory-chile/", "World Construction Network", "2023-04-21",
        "China-based electric vehicle (EV) manufacturer BYD intends to construct a $290m lithium cathode factory in northern Antofagasta, Chile, reported Reuters.",
        "announced_year;investment;site")
    src(sources, "F110", "https://www.todayonline.com/world/chinas-tsingshan-invest-us233-million-lithium-chilean-president-2283021", "TODAY (Reuters)", "2023-10-16",
        "Chilean President Gabriel Boric said on Monday that Chinese Tsingshan Holding Group will make lithium-related investments worth US$233.2 million in Chile.",
        "announced_year;investment")
    src(sources, "F121", "http://www.hebhtqx.com/en/article-42518-65570.html", "Capchem company news (copy)", "2023-08-17",
        "In April 2023, Capchem’s new plant in Poland commenced official production comprehensively, indicating that Capchem will be able to quickly and directly deliver products in batch to European customers. ... Capchem’s new plant in Poland is a product of 6 years of construction since 2018.",
        "announced_year;production_start;status")
    src(sources, "F124", "https://newsiosity.com/nachrichten/der-vorstand-unterzeichnet-mit-einem-chinesischen-unternehmen-eine-absichtserklrung.html", "Europa Press (via newsiosity)", "2024-04-29",
        "Die Regierung von Extremadura und das chinesische Unternehmen Hunan Yuneng New Energy Battery Material haben an diesem Montag ein Memorandum of Understanding unterzeichnet",
        "announced_year;site")
    add_internal(R["F124"], "Europa Press item dated '29. April' without year on the copy read; 29 April fell on a Monday ('an diesem Montag') in 2024, consistent with the 2024 MoU.")
    src(sources, "F141", "http://www.china.org.cn/world/Off_the_Wire/2021-09/08/content_77741154.htm", "China.org.cn (Xinhua)", "2021-09-08",
        "According to Huang, Yutong and Kazakh company QazTehna LLP began cooperating at the end of 2019 on the production of passenger buses and road construction equipment. The two sides launched a large-unit production line at a joint plant in the city of Saran in Karaganda oblast at the end of 2020",
        "announced_year;production_start;partner")
    src(sources, "F141", "https://qazinform.com/news/kazakh-government-chinas-yutong-discuss-bus-manufacturing-partnership-issues-736533", "Kazinform", "2025-04-24",
        "The enterprise has created more than 1,000 jobs for highly-qualified specialists. Since the launch in 2021, the plant has manufactured more than 4,000 units of buses.",
        "status")
    src(sources, "F144", "https://propakistani.pk/2021/07/14/master-changan-motors-increases-capacity-to-50000-cars-per-year/", "ProPakistani", "2021-07-14",
        "announced that its plant capacity has increased from 30,000 units to 50,000 units per annum",
        "capacity;status")
    src(sources, "F144", "https://tribune.com.pk/story/1884909/2-chinese-automaker-set-start-production-buses-trucks/", "The Express Tribune", "2019-01-10",
        "The Chinese firm has invested $100 million in a joint venture with Master Motors Corporation Limited (MMCL), in which it holds a 30% stake.",
        "investment;ownership")
    src(sources, "F153", "https://yosefardi.com/2022/04/sumitomo-pulls-out-vale-engages-huayou-for-pomalaa-hpal", "Yosefardi", "2022-04-28",
        "PT Vale Indonesia Tbk (INCO) has signed a framework cooperation agreement with Zhejiang Huayou Cobalt Company Limited for the development of a High-Pressure Acid Leaching (HPAL) processing facility in Pomalaa, Kolaka, Southeast Sulawesi. The agreement was announced Thursday (Apr 28)",
        "announced_year;site;partner")
    src(sources, "F113", "https://wautom.com/2017/11/belarus-belarusian-geely-atlas-nl3-rolls-out-of-new-belgee-car-factory", "BelTA (via wautom)", "2017-11-17",
        "The Belarusian-Chinese joint venture SZAO BelGee was established in 2011 to make Geely brand cars. The company assembled the first car in February 2013. BelGee shareholders are BelAZ (51.49%), Zhejiang Jirun Automobile Company Limited (33.47%)",
        "announced_year;ownership;partner")
    src(sources, "F161", "https://news.mobyinfo.com/makers/gac-warisan-tc-completion-mass-production-ceremony-ckd-plant-malaysia/", "MobyInfo", "2024-04",
        "このCKD工場プロジェクトは2023年5月にスタートし、その際にGACとWarisan TCが共同でこの計画を発表したとされています。",
        "announced_year")
    src(sources, "F128", "https://gwadarpro.pk/1411655827068837890/lahore-based-firm-vows-to-rollout-chinese-auto-brand-in-june-2022", "Gwadar Pro", "2021-07-04",
        "In a disclosure to Pakistan Stock Exchange last week, Sazgar reported that it had obtained a ‘greenfield’ status from Pakistan’s Ministry of Industries and Production for setting up assembly and manufacturing plant of commercial and passenger vehicles of GWM HAVAL brand.",
        "announced_year;partner")
    src(sources, "F013", "https://evertiq.com/news/51677", "Evertiq", "2022-04-07",
        "The new permit will allow for an initial capacity of 8 GWh per year at the plant, a press release reads.",
        "capacity")
    src(sources, "F017", "https://gettotext.com/in-douai-in-the-north-the-chinese-envision-will-build-batteries-for-renault/", "gettotext.com (translated French press report)", "2021-06",
        "The Sino-Japanese company Automotive Energy Supply Corporation (AESC), a former Nissan subsidiary acquired in 2018 by the Chinese Envision, will invest 2 billion euros to build, from 2022, a production site for battery cells on land adjacent to the Renault factory in Douai.",
        "investment;announced_year")
    src(sources, "F006", "https://portalberitatribun.net/2025/03/07/byd-buka-pabrik-mobil-listrik-di-indonesia/", "Portal Berita Tribun (Reuters)", "2025-03-07",
        "Investasi sebesar US$ 1 miliar (sekitar Rp6 triliun) di Indonesia akan digunakan untuk mendirikan pabrik dengan kapasitas produksi 150.000 kendaraan per tahun yang dijadwalkan akan beroperasi pada tahun 2025. ... Pabrik tersebut akan berlokasi di kawasan industri Subang, Jawa Barat.",
        "status;site")

    src(sources, "F054", "https://old.lemmynsfw.com/post/23430332", "Financial Times (text copied on a Lemmy forum)", "",
        "BYD first announced plans for a car plant in Mexico in 2023, along with intentions to make cars in Brazil, Hungary and Indonesia. It said the Mexican plant would create 10,000 jobs and produce 150,000 vehicles a year. ... despite BYD having reaffirmed its intent to invest $1bn earlier that month.",
        "announced_year;capacity;investment;status")
    src(sources, "F165", "https://www.inform.kz/en/tokayev-launches-construction-of-multi-brand-car-factory-in-almaty_a4001872/amp", "Kazinform", "2022-11-15",
        "As part of his working visit to Almaty Kazakh President Kassym-Jomart Tokayev gave a start to the construction of a factory for manufacturing Changan, Chery, Haval cars",
        "announced_year;site")
    src(sources, "F140", "https://www.commercialmarine.com.au/?p=2200", "Commercial Marine (Austrade)", "2016",
        "China’s Tianqi Lithium is expanding its existing portfolio in Australia by investing A$400 million to build a lithium processing plant in Kwinana, Western Australia, with construction starting in October 2016.",
        "investment;announced_year;site")
    src(sources, "F125", "https://www.thejakartapost.com/news/2015/07/27/chinese-car-be-produced-indonesia.html", "The Jakarta Post", "2015-07-27",
        "“For the first phase, we will produce at least 50,000 cars per year. We started construction of the factory in November last year, and we’ve now reached 40 percent of the target,” Alexander said recently.",
        "announced_year;capacity")
    R["F125"]["announced_year"] = "2014"
    add_public(R["F125"], "Construction began in November 2014, according to the company in July 2015 (a 2017 Xinhua report says 2015).")

    src(sources, "F114", "https://quatrorodas.abril.com.br/noticias/chery-inaugura-sua-primeira-fabrica-brasileira", "Quatro Rodas", "2014-08",
        "Falando especificamente da fábrica veicular, ela possui 400 mil metros quadrados de área construída, conta com a força de trabalho de 3 mil pessoas e tem capacidade de produzir até 150 mil automóveis ao ano.",
        "capacity")
    src(sources, "F114", "https://www.jatainews.com.br/noticia/14597/montadora-chinesa-que-prometia-transformar-o-mercado-brasileiro-abandona-fabrican", "Jataí News (Click Petróleo e Gás)", "2025-07",
        "a administração municipal anunciando medidas para retomar o controle da área onde funcionava a fábrica desativada desde 2022. ... Segundo matéria do portal G1 publicada neste sábado (26), no anúncio original feito em 2011, a prefeitura de Jacareí formalizou a doação do terreno à Chery Automobil Co. Ltd.",
        "announced_year;status")
    add_public(R["F114"], "The plant has stood idle since 2022; in 2025 the city of Jacareí moved to take back the land it had donated.")
    src(sources, "F126", "https://www.dispatchlive.co.za/news/2018-07-25-sa-china-in-joint-ec-venture-to-manufacture-vehicles/", "DispatchLIVE", "2018-07-25",
        "The plant, officially launched in December 2015, will produce 100 units of the SKD car this year and 50 000 units annually on completion next year.",
        "capacity")
    src(sources, "F067", "https://lehren.com/news/business/chinas-great-wall-motors-to-invest-1-bn-in-india-signs-mou-with-maharashtra/30570/", "Lehren", "2020-06",
        "The unit under General Motors had an installed annual capacity to produce 165,000 vehicles and 160,000 engines.",
        "capacity")
    src(sources, "F063", "https://vietnamnews.vn/economy/1691598/chinese-carmakers-to-build-automobile-plants-in-thai-binh.html", "Việt Nam News", "2025-02-04",
        "The factory, covering 30 hectares, will have an initial production capacity of 75,000 vehicles per year. The project has a total investment of US$168 million, with Tasco holding a 64 per cent stake and Geely Auto 36 per cent.",
        "capacity;investment;ownership;status")
    src(sources, "F063", "https://vir.com.vn/geely-production-decision-could-impact-tasco-plans-130762.html", "Vietnam Investment Review", "2025-06-18",
        "The future of the project remains uncertain. As of June 11, Tasco has not issued an official statement addressing how the company will respond to the halt in factory development.",
        "status")
    src(sources, "F051", "https://www.redplanx.com/html/news/3553441.html", "RedPlanX", "",
        "Laut mit der Angelegenheit vertrauten Personen haben Stellantis und sein chinesischer Partner Leapmotor Spanien als bevorzugten Produktionsstandort für die Produktion des rein elektrischen Crossover-Modells B10 für den europäischen Markt ausgewählt. Die geplante Gesamtinvestition beläuft sich auf 200 Millionen US-Dollar",
        "investment")
    src(sources, "F051", "https://www.elperiodicodearagon.com/aragon/2025/12/16/leapmotor-fabricara-cuatro-modelos-stellantis-124845694.html", "El Periódico de Aragón", "2025-12-16",
        "El desembarco de la compañía asiática en la planta aragonesa comenzará en el cuarto trimestre del 2026, con la fabricación de los primeros vehículos. El volumen de producción previsto para el primer año ronda las 40.000 unidades",
        "status")

    src(sources, "F046", "http://bbrtv.com/2023/1101/890015.html", "BBRTV (Xinhua)", "2023-11-01",
        "Zhao Feng, president of SAIC Motor-CP, a joint venture between SAIC Motor Corp and Charoen Pokphand Group, said they invested 500 million baht (around 13.9 million U.S. dollars) in the EV battery plant",
        "investment;partner")
    src(sources, "F070", "https://www.sec.gov/Archives/edgar/data/75362/000119312523229439/d542273dex991.htm", "Cummins Inc. (SEC filing, press release)", "2023-09-06",
        "September 6, 2023, Columbus, Indiana, USA / Portland, Oregon, USA / Bellevue, Washington, USA – Accelera by Cummins ... Daimler Trucks & Buses US Holding LLC ... and PACCAR ... are partnering to accelerate and localize battery cell production ... EVE Energy [SZSE:310004] will serve as the technology partner in the joint venture with 10% ownership",
        "announced_year;ownership;partner")
    R["F070"]["announced_year"] = "2023"
    src(sources, "F072", "https://invest-msr.com/en/a-battery-factory-will-be-established-in-bohumin", "Invest in Moravia-Silesia", "2020-08-20",
        "In the following years, a new battery factory should be established in the city of Bohumín, with the goal of producing battery electrolyte. The Chinese company Guangzhou Tinci Materials Technology is the investor.",
        "announced_year;site;company")
    R["F072"]["announced_year"] = "2020"
    src(sources, "F072", "https://battery-news.de/en/2023/08/21/czech-electrolyte-project-transferred-to-morocco/", "battery-news.de", "2023-08-21",
        "The abandonment led to the closure of the local subsidiary Tinci Materials Technology Czech S.R.O., which was established specifically to manage the factory project with a planned capacity of 100,000 tons per year.",
        "status;capacity")
    R["F072"]["capacity_value"], R["F072"]["capacity_unit"] = "100000", "t/yr"
    r = R["F117"]
    r["ownership"], r["chinese_share_pct"] = "minority_stake", ""
    src(sources, "F117", "https://www.canadianminingjournal.com/news/pt-vale-and-chinas-gem-partner-for-us1-4-billion-indonesian-nickel-plant/", "Canadian Mining Journal", "2024-11",
        "The US$1.42 billion (all amounts in US dollars) plant will process nickel laterite ore from the Vale unit into 66,000 tons of mixed hydroxide precipitate annually. ... GEM will own up to a 25% stake in the project, the Vale unit will hold 30%, and a third party will be introduced for the remaining share.",
        "investment;capacity;ownership;partner")
    src(sources, "F117", "https://www.thejakartapost.com/adv/2024/11/11/pt-vale-indonesia-and-gem-sign-net-zero-nickel-production-site-collaboration.html", "The Jakarta Post (advertorial)", "2024-11-11",
        "resident Prabowo Subianto witnessed the signing of a strategic collaboration between PT Vale Indonesia Tbk. and GEM Co., Ltd. in Beijing, China. The landmark US$1.4 billion High-Pressure Acid Leaching (HPAL) project located in Central Sulawesi",
        "announced_year;status;investment")
    r["announced_year"] = "2024"
    r["investment_value"], r["investment_currency"], r["investment_usd_millions"], r["usd_basis"], r["investment_scope"] = "1420", "USD", "1420", "reported", "plant"
    add_public(r, "GEM is to hold up to 25%, PT Vale 30% and a third partner the rest (GEM first held 70% and planned to reduce its share).")
    src(sources, "F146", "https://wowtv.co.kr/NewsCenter/News/Read?articleId=2024123190741", "Korea Economic TV (Hankyung)", "2024-12-31",
        "르노코리아 부산공장이 올해 하반기부터 스웨덴 전기차 브랜드 폴스타의 북미 수출용 폴스타 4 생산을 시작하며 전기차 생산기지로 거듭난다. 르노코리아는 부산공장에 전기차 전용 설비를 새로 설치하는 등 공장을 업데이트한다고 31일 밝혔다.",
        "status")
    add_public(R["F146"], "At the end of 2024 Renault Korea was installing EV equipment at Busan for Polestar 4 production from the second half of 2025.")

    # --- Region-level positions where the source names the region but not the site (said in the public notes). ---
    R["F117"]["internal_notes"] = R["F117"]["internal_notes"].replace(
        "Ownership coded chinese_owned on the initial 70% stake. ", "Ownership was coded chinese_owned on GEM's initial 70%; now minority_stake (up to 25%, Nov 2024). ")
    R["F073"]["city"] = "West Java (site not given)"
    add_internal(R["F073"], "city was '(West Java; site not verified)'.")
    for fid, lat, lon, where in (("F073", -6.917, 107.619, "Bandung, the capital of West Java"),
                                 ("F117", -0.898, 119.870, "Palu, the capital of Central Sulawesi"),
                                 ("F130", 3.073, 101.518, "Shah Alam, the capital of Selangor"),
                                 ("F191", -2.550, 121.960, "Bungku, the seat of Morowali regency"),
                                 ("F202", 8.490, 8.520, "Lafia, the capital of Nasarawa State")):
        r = R[fid]
        r["latitude"], r["longitude"] = str(lat), str(lon)
        r["internal_notes"] = re.sub(r"\s*[^.]*coords left empty[^.]*\.", "", r["internal_notes"]).strip()
        add_public(r, f"The exact site is not given; the map shows it at {where}.")
        add_internal(r, "coordinates: regional capital (site not given in any source read); the public note says so.")
