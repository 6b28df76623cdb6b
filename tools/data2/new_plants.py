"""Plants added in dataset 2026-12-02.1, each with its sources (exact quotes from the stored pages read on 2026-12-02)."""

PLANTS = []


def plant(id, company, segment, host, city, lat, lon, status, status_as_of, ownership, sources, **kw):
    p = dict(id=id, company=company, segment=segment, host_country=host, city=city, latitude=lat, longitude=lon,
             status=status, status_as_of=status_as_of, ownership=ownership, sources=sources)
    p.update(kw)
    PLANTS.append(p)


def S(url, publisher, published, quote, supports):
    return dict(url=url, publisher=publisher, published=published, quote=quote, supports=supports)


plant("F167", "LG Chem and Zhejiang Huayou Cobalt (precursor JV)", "battery_materials", "KR",
      "Saemangeum National Industrial Complex, Gunsan, North Jeolla", 35.93, 126.62, "announced", "2023-04", "joint_venture",
      [S("https://www.just-auto.com/news/lg-chem-huayou-to-build-precursor-plant-in-south-korea/", "Just Auto", "2023-04",
         "LG Chem and China’s Zhejiang Huayou Cobalt Company have agreed to invest KRW1.2trn (US$915m) in a new joint venture in South Korea to produce precursors for electric vehicle (EV) batteries. A new plant would be built in the Saemangeum Industrial Complex in Gunsan ... Construction was scheduled to begin by the end of 2023 with the plant expected to be completed in 2028 with capacity for 50,000 tons per year",
         "company;site;segment;status;investment;capacity;announced_year;ownership;partner"),
       S("https://aei.dempa.net/archives/15156", "AEI (Dempa)", "2023-04",
         "LG Chem signed a memorandum of understanding (MOU) with stakeholders on Wednesday, April 19, in an agreement to invest in a precursor plant in Saemangeum.",
         "status;announced_year;site")],
      announced_year=2023, investment_value=1200000, investment_currency="KRW", investment_usd_millions=915, usd_basis="reported",
      capacity_value=50000, capacity_unit="t/yr", partner="LG Chem",
      notes="Precursor (pCAM) plant announced in April 2023; completion was planned for 2028. The partners' shares were not disclosed.")

plant("F168", "GEM Co. (GEM Korea New Energy Materials, with SK On and EcoPro)", "battery_materials", "KR",
      "Saemangeum National Industrial Complex, Gunsan, North Jeolla", 35.91, 126.64, "announced", "2023-03-27", "minority_stake",
      [S("https://theprojectbluegroup.com/blue/news-analysis/390/gem,-sk-on-and-ecopro-partner-to-develop-a-precursor-plant-in-south-korea", "Project Blue", "2023-03-27",
         "The joint venture aims to invest approximately 1.21Tn Won (US$932.56M) between 2023 and 2026. The agreement will see the companies collaborating in a JV whereby GEM owns 49% or less, with EcoPro and SK On each holding 25.5% or above. The plant will be constructed in Saemangeum, South Korea and will have a minimum capacity of 43ktpy nickel-based precursor cathode active material (pCAM).",
         "company;site;segment;status;investment;capacity;announced_year;ownership;partner"),
       S("http://www.koreapost.com/news/articleView.html?idxno=32124", "The Korea Post", "2023-03-25",
         "Under the agreement, the three companies will invest up to KRW 1.21 trillion in this manufacturing plant. The construction of this plant is going to start within the year, and expected to be completed in 2024 with an annual production of about 50,000 tons of precursors.",
         "investment;status;announced_year")],
      announced_year=2023, investment_value=1210000, investment_currency="KRW", investment_usd_millions=932.56, usd_basis="reported",
      capacity_value=43000, capacity_unit="t/yr", partner="SK On (25.5% or more); EcoPro (25.5% or more)",
      notes="Nickel-based precursor plant; GEM holds 49% or less. Other reports give about 50,000 t a year.")

plant("F169", "CNGR Advanced Material (CNP New Material Technology, CNGR 80%)", "battery_materials", "KR",
      "Yeongilman 4th Industrial Complex, Pohang", 36.10, 129.40, "under_construction", "2024-06-12", "chinese_owned",
      [S("https://www.marketscreener.com/quote/stock/POSCO-HOLDINGS-INC-6494927/news/POSCO-strengthens-core-rechargeable-battery-material-value-chain-with-concurrent-groundbreakings-f-46952907/?utm_medium=RSS&utm_content=20240611",
         "MarketScreener (POSCO)", "2024-06-12",
         "On May 31, POSCO Group and China's CNGR, the world's largest precursor company, broke ground on nickel and precursor production plants for secondary batteries in Pohang, South Korea ... CNP New Material Technology, utilizing high-purity nickel, will produce 110,000 tons of precursors annually, established as a joint venture with an 80:20 equity split between CNGR and POSCO Future M.",
         "company;site;segment;status;capacity;ownership;partner"),
       S("https://www.koreaherald.com/view.php?ud=20240531050590", "The Korea Herald", "2024-05-31",
         "With a total investment of 1.5 trillion won ($1.09 billion), these two plants are set to commence production in 2026.",
         "investment;status"),
       S("http://koreabizwire.com/posco-to-build-1-5-tln-won-nickel-precursor-factories-in-s-korea-with-chinas-cngr/251514", "Korea Bizwire (Yonhap)", "2023-06-21",
         "POSCO Holdings Inc. said Wednesday it is spending 1.5 trillion won (US$1.16 billion) with a Chinese partner to build factories in South Korea to produce nickel and precursor for secondary batteries.",
         "announced_year;investment")],
      announced_year=2023, investment_value=1500000, investment_currency="KRW", investment_usd_millions=1090, usd_basis="reported",
      investment_scope="programme", capacity_value=110000, capacity_unit="t/yr", partner="POSCO Future M (20%)", chinese_share_pct=80,
      notes="Precursor plant. The 1.5 trillion won covers this plant and the nickel refinery next to it (F170), so it is not counted as this plant's cost. Production was planned for 2026.")

plant("F170", "CNGR Advanced Material (POSCO CNGR Nickel Solution, CNGR 40%)", "battery_materials", "KR",
      "Yeongilman 4th Industrial Complex, Pohang", 36.11, 129.41, "under_construction", "2024-06-12", "minority_stake",
      [S("https://www.marketscreener.com/quote/stock/POSCO-HOLDINGS-INC-6494927/news/POSCO-strengthens-core-rechargeable-battery-material-value-chain-with-concurrent-groundbreakings-f-46952907/?utm_medium=RSS&utm_content=20240611",
         "MarketScreener (POSCO)", "2024-06-12",
         "On May 31, POSCO Group and China's CNGR, the world's largest precursor company, broke ground on nickel and precursor production plants for secondary batteries in Pohang, South Korea. POSCO CNGR Nickel Solution, a joint venture with a 60:40 equity split between POSCO Holdings and CNGR, will produce 50,000 tons of high-purity nickel annually",
         "company;site;segment;status;capacity;ownership;partner"),
       S("http://koreabizwire.com/posco-to-build-1-5-tln-won-nickel-precursor-factories-in-s-korea-with-chinas-cngr/251514", "Korea Bizwire (Yonhap)", "2023-06-21",
         "POSCO Holdings will build a nickel refining facility under a 6:4 deal with CNGR, while a separate 2:8 venture between POSCO Future M and the Chinese company will construct a precursor plant.",
         "announced_year;ownership")],
      announced_year=2023, capacity_value=50000, capacity_unit="t/yr", partner="POSCO Holdings (60%)", chinese_share_pct=40,
      notes="Nickel refinery feeding the precursor plant next door (F170 and F169 share one 1.5 trillion won programme, entered on F169).")

plant("F171", "Ningbo Ronbay New Energy (JAESE Energy, high-nickel cathode)", "battery_materials", "KR", "Chungju, North Chungcheong",
      36.99, 127.93, "under_construction", "2023-08", "chinese_owned",
      [S("https://api.kallanish.com/en/news/power-materials/market-reports/article-details/chinas-ronbay-to-build-two-battery-material-plants-in-south-korea-0823",
         "Kallanish", "2023-08",
         "Chinese cathode material company Ronbay on Sunday announced its plans to build two battery materials plants in Chungju, South Korea. One of the facilities will produce high-nickel ternary cathodes with 40,000 tonnes/year of output. The other, meanwhile, will produce 20,000 t/y of lithium ferromanganese phosphate (LMFP) cathodes. Ronbay held commencement ceremonies for both projects on Friday",
         "company;site;segment;status;capacity;announced_year"),
       S("https://worldconstructionnetwork.com/newsletters/ronbay-two-projects?type=Analysis", "World Construction Network", "2023-08",
         "JAESE Energy, a South Korean subsidiary of Ronbay, will construct this facility",
         "ownership")],
      announced_year=2023, capacity_value=40000, capacity_unit="t/yr",
      notes="High-nickel ternary cathode plant built by Ronbay's Korean subsidiary JAESE Energy; construction began in August 2023.")

plant("F172", "Ningbo Ronbay New Energy (LMFP cathode, Ronbay 68%)", "battery_materials", "KR", "Chungju, North Chungcheong",
      36.97, 127.95, "under_construction", "2023-08", "chinese_owned",
      [S("https://api.kallanish.com/en/news/power-materials/market-reports/article-details/chinas-ronbay-to-build-two-battery-material-plants-in-south-korea-0823",
         "Kallanish", "2023-08",
         "Chinese cathode material company Ronbay on Sunday announced its plans to build two battery materials plants in Chungju, South Korea ... The other, meanwhile, will produce 20,000 t/y of lithium ferromanganese phosphate (LMFP) cathodes. Ronbay held commencement ceremonies for both projects on Friday",
         "company;site;segment;status;capacity;announced_year"),
       S("https://worldconstructionnetwork.com/newsletters/ronbay-two-projects?type=Analysis", "World Construction Network", "2023-08",
         "The second facility will produce 20,000tpa of lithium ferromanganese phosphate (LMFP) cathodes. This will be built by a Chinese subsidiary in South Korea, in which Ronbay has a 68% stake.",
         "ownership;capacity")],
      announced_year=2023, capacity_value=20000, capacity_unit="t/yr", chinese_share_pct=68,
      notes="Lithium manganese iron phosphate (LMFP) cathode plant, said to be the first large one run by a Chinese cathode maker outside China.")

plant("F173", "Zijin Mining (Manono Lithium SAS, Zijin 61%)", "battery_materials", "CD", "Manono, Tanganyika province",
      -7.30, 27.42, "under_construction", "2025-02", "chinese_owned",
      [S("https://www.mining-technology.com/?p=704792", "Mining Technology (Reuters)", "2025-02",
         "China-based gold and copper producer Zijin Mining is set to commence the Democratic Republic of Congo’s (DRC) inaugural lithium production from the contentious Manono deposit in June ... Zijin holds a majority 61% stake in this venture, while Cominiere and the Congolese government retain the remaining stake.",
         "company;site;segment;status;ownership;partner"),
       S("https://www.zijinmining.com/news/news-detail-119909.htm", "Zijin Mining", "2023-10-31",
         "On October 23, Zijin Mining obtained an exploration license in the northeast of the Manono lithium exploration project from the Ministry of Mines of the Democratic Republic of the Congo(DRC).",
         "announced_year;site")],
      announced_year=2023, partner="COMINIERE (Congolese state miner)", chinese_share_pct=61,
      notes="Lithium mine and concentrator (spodumene concentrate and lithium sulphate for export). The site is disputed by AVZ Minerals, which has brought arbitration against the Congolese government.")

plant("F174", "AESC (Envision Group)", "battery_cells", "JP", "Zama, Kanagawa (Nissan site)", 35.49, 139.40, "operational", "2021-08", "chinese_owned",
      [S("https://en.wikipedia.org/wiki/Automotive_Energy_Supply_Corporation", "Wikipedia", "",
         "The aim was to establish a manufacturing facility at Nissan's site in Zama, Kanagawa (c.2009) with an initial capacity of 13,000 units per year ... Trial production at Zama began in mid-2009.",
         "company;site;segment;production_start"),
       S("https://www.futurecar.com/4785/Nissans-Battery-Partner-Envision-AESC-to-Build-a-New-$460-Million-EV-Battery-Factory-in-Japan", "FutureCar", "2021-08",
         "Envision AESC is headquartered in Japan and has battery production plants in Kanagawa, Japan; Tennessee, and Sunderland, UK.",
         "status;site"),
       S("https://jmh.usembassy.gov/20210804172933/", "Kyodo (via US Embassy Japan)", "2021-08-04",
         "AESC, or Automotive Energy Supply Corp., was established as a joint venture between Nissan and NEC Corp. in 2007, but Nissan announced its sale to Envision Group, a green technology company based in Shanghai, in 2018. The Japanese automaker still owns 20 percent of Envision AESC Group.",
         "ownership;company")],
      production_start="2009", partner="Nissan (20% of Envision AESC)",
      notes="AESC's first plant, built at Nissan's Zama site; Chinese-owned since Envision bought AESC in 2018 (not a greenfield Chinese investment).")

plant("F175", "BYD", "vehicle_assembly", "MY", "KLK TechPark, Tanjung Malim, Perak", 3.68, 101.52, "under_construction", "2025-08-22", "chinese_owned",
      [S("https://paultan.org/2025/08/22/byd-malaysia-confirms-plans-for-new-ckd-plant-in-tanjong-malim/", "Paul Tan", "2025-08-22",
         "BYD Malaysia has officially confirmed plans to set up a local assembly (CKD) plant located in Tanjong Malim, Perak. Occupying an area of 600,000 square metres, the new facility (100% invested by BYD) is expected to begin vehicle production in the second half of 2026",
         "company;site;segment;ownership;announced_year;status"),
       S("https://thesun.my/malaysia-news/byd-to-open-electric-vehicle-plant-in-tanjong-malim-by-2026-MG14741962", "The Sun (Malaysia)", "2025-08-22",
         "He revealed that land approval processes began in May with preliminary work starting in July. Factory construction will begin at the end of August with an official launch ceremony scheduled for September 4.",
         "status")],
      announced_year=2025, chinese_share_pct=100,
      notes="CKD assembly plant, wholly owned by BYD and separate from the Proton/Geely Automotive Hi-Tech Valley in the same town. Production was planned for the second half of 2026.")

plant("F176", "Geely Auto (CKD assembly by PT Handal Indonesia Motor)", "vehicle_assembly", "ID",
      "Purwakarta Integrated Industrial Park, Purwakarta, West Java (Handal plant)", -6.55, 107.44, "operational", "2026-01-21", "contract_assembly",
      [S("https://feedman.me/posts/26muD", "Kumparan (via feedman.me)", "2025-09-29",
         "Geely Auto Indonesia, telah mengawali lokalisasi dengan memasuki tahap perakitan knocked down (KD) di fasilitas milik PT Handal Indonesia Motor (HIM) di Purwakarta, Jawa Barat, terhitung sejak Senin (29/9/2025).",
         "company;site;segment;status;production_start;partner;ownership"),
       S("http://auto.katadata.co.id/car/geely-aims-to-become-the-chinese-electric-car-with-the-highest-local-content-level-23098?page=1", "KatadataOTO", "2026-01-21",
         "For your information, some time ago they officially began locally assembling the Geely EX2 electric car. The Chinese company utilizes the facilities of Handal Indonesia Motor (HIM) in Purwakarta, West Java.",
         "status;site"),
       S("https://ototekno.okezone.com:443/read/2025/01/24/52/3107511/sejumlah-brand-china-rakit-mobil-di-pabrik-bekasi", "Okezone", "2025-01-24",
         "Geely resmi kembali masuk ke industri otomotif Indonesia dengan memasarkan SUV listrik EX5. Geely akan melakukan perakitan lokal pada fasilitas pabrik milik PT Handal Indonesia Motor (HIM), di Purwakarta, Jawa Barat.",
         "announced_year;partner")],
      announced_year=2025, production_start="2025-09", partner="PT Handal Indonesia Motor (plant owner)",
      notes="Knocked-down assembly in Handal's Purwakarta plant (not its Pondok Ungu plant, F074) from 2025-09-29, starting with the Starray EM-i; up to 60 cars a day.")

plant("F177", "Shenzhen Kedali Industry", "components", "HU", "Gödöllő, Pest county", 47.60, 19.35, "under_construction", "2021-03-18", "chinese_owned",
      [S("https://www.balaton-zeitung.info/23707/shenzhen-kedali-baut-werk-fuer-lithium-batterieteile-in-der-naehe-von-budapest/", "Balaton Zeitung (MTI)", "2020-12",
         "Das chinesische Unternehmen Shenzhen Kedali Industry wird in Gödöllő, am Stadtrand von Budapest, ein Werk für Lithium-Batterieteile im Wert von 14,1 Milliarden Forint (39,4 Mio. Euro) bauen ... Die Serienproduktion in der Anlage werde im zweiten Quartal 2021 beginnen, sagte er.",
         "company;site;segment;investment;announced_year;status"),
       S("https://transpack.hu/2021/03/18/kinai-befektetes-godollo-akkumulator-logisztika/", "Transpack", "2021-03-18",
         "A Shenzhen Kedali Industry kínai vállalat lítiumion-akkumulátor alkatrészeket gyártó beruházást hoz Gödöllőre 14,1 milliárd forint értékben, 330 új munkahelyet teremtve.",
         "investment;status")],
      announced_year=2020, investment_value=39.4, investment_currency="EUR", usd_basis="converted",
      notes="Precision structural parts for lithium-ion battery cells (cases, caps). Series production was planned for the second quarter of 2021 and ten lines by 2024; no later source was read, so the status is the last one reported.")

plant("F178", "Volvo Cars (Geely-controlled)", "vehicle_assembly", "SK", "Valaliky industrial park, near Košice", 48.64, 21.30, "under_construction", "2022-07-01", "chinese_owned",
      [S("https://etn.news/e-mobility-blogs/volvo-cars-electric-car-manufacturing-plant-slovakia-europe?format=amp", "ETN News", "2022-07",
         "With an investment of around € 1.2 billion, Swedish car maker Volvo Cars will be establishing its third manufacturing plant in Europe at Kosice, in the eastern part of Slovakia ... Series production of next-generation, pure electric Volvo cars is scheduled to start in 2026, according to the Chinese-owned company. The facility is designed to produce up to 250,000 cars per year",
         "company;site;segment;investment;capacity;status;ownership"),
       S("https://newsnow.tasr.sk/economy/volvo-cars-set-to-built-new-production-plant-near-kosice/", "TASR", "2022-07-01",
         "Swedish car maker Volvo Cars is set to build a new plant for the production of electric cars for €1.2 billion near Kosice, the Economy Ministry reported on Friday.",
         "announced_year;investment")],
      announced_year=2022, investment_value=1200, investment_currency="EUR", usd_basis="converted", capacity_value=250000, capacity_unit="vehicles/yr",
      notes="Electric-car plant of Volvo Cars, which is controlled by China's Geely Holding. Construction was to start in 2023 and series production in 2026.")

plant("F179", "CMOC Group (Kisanfu Mining, KFM)", "battery_materials", "CD", "Kisanfu, Lualaba province (33 km south-west of Tenke Fungurume)",
      -10.77, 25.95, "operational", "2025-10-29", "chinese_owned",
      [S("https://www.zawya.com/en/projects/bri/chinas-cmoc-to-invest-183bln-in-kfm-project-in-congo-iz445xf3", "Zawya (LSEG)", "2021",
         "Chinese non-ferrous metal mining company CMOC Group (CMOC) announced on Thursday that it will invest $1.826 billion in the first phase of KFM project [Kisanfu copper and cobalt mine] in in Congo ... in the first phase, production is expected to average 90,000 tonnes of copper and 30,000 tonnes of cobalt per annum.",
         "company;site;segment;investment;capacity"),
       S("https://miningandbusiness.com/2025/10/29/chinas-cmoc-to-invest-1-08-billion-to-expand-congo-copper-mine", "Mining & Business (Reuters)", "2025-10-29",
         "According to the company, phase two of the KFM project will begin in 2027, following the first phase’s full-capacity production in 2023 ... CMOC holds a 71.25% stake in KFM through its Hong Kong subsidiary",
         "status;production_start;ownership"),
       S("https://mining-technology.com/news/cmoc-congo-copper", "Mining Technology", "2021",
         "With the deal, CMOC and CATL own 71.25% and 23.75% stakes, respectively, in the Kisanfu mine while the DRC Government holds the remaining 5% stake.",
         "ownership;partner")],
      production_start="2023", investment_value=1826, investment_currency="USD", investment_usd_millions=1826, usd_basis="reported",
      capacity_value=30000, capacity_unit="t/yr", partner="CATL (Brunp, 23.75%); DRC government (5%)", chinese_share_pct=71.25,
      notes="Copper-cobalt mine producing cobalt hydroxide (capacity given as tonnes of cobalt a year; about 90,000 t of copper too). CMOC holds 71.25% and CATL 23.75%, so the mine is 95% Chinese-held.")

plant("F180", "Chengxin Lithium Group (Sabi Star, Max Mind Investment 51%)", "battery_materials", "ZW", "Sabi Star mine, Buhera, Manicaland",
      -19.33, 31.43, "operational", "2024-05", "chinese_owned",
      [S("https://www.businesslive.co.za/bd/companies/2023-07-10-chinas-sinomine-completes-300m-zimbabwe-lithium-projects/", "BusinessLIVE (Reuters)", "2023-07-10",
         "In May, Chengxin Lithium Group commissioned a 300,000 metric ton per year lithium concentrator at Sabi Star mine in eastern Zimbabwe.",
         "company;site;segment;status;production_start;capacity"),
       S("http://hudsonresource.com/article/24.html", "Hudson Resource (Argus)", "2023",
         "Major lithium producer Chengxin Lithium operates Sabi Star after it acquired 51pc of Max Mind Investment in November 2021, which owns the mine.",
         "ownership;announced_year"),
       S("https://www.miningindex.co.zw/2022/07/21/new-lithium-developer-invests-us130m-in-sabi-star-mine-sees-first-output-in-2023/", "Mining Index", "2022-07-21",
         "Chengxin, the Shenzhen-listed company that has acquired lithium prospects in Zimbabwe, expects to spend US$130 million to develop the new Sabi Star mine in Buhera.",
         "investment"),
       S("https://www.redplanx.com/html/news/961260.html", "Redplanx", "2024-05",
         "A Shengxin Lithium Energy anunciou em uma plataforma interativa em 12 de maio de 2024 que sua mina de lítio Sabi Star Mine no Zimbábue, na África, foi oficialmente colocada em produção",
         "status")],
      announced_year=2021, production_start="2023-05", investment_value=130, investment_currency="USD", investment_usd_millions=130, usd_basis="reported",
      capacity_value=300000, capacity_unit="t/yr", chinese_share_pct=51,
      notes="Lithium concentrator (capacity in tonnes of concentrate a year); commissioned in May 2023 and declared in full production in May 2024.")

plant("F181", "Yahua Group (Kamativi Mining Company, with Kamativi Tin Mines)", "battery_materials", "ZW", "Kamativi, Hwange district, Matabeleland North",
      -18.32, 27.06, "operational", "2024-07-16", "joint_venture",
      [S("https://www.herald.co.zw/kamativi-lithium-plant-commissioning-deferred/", "The Herald", "2024-07",
         "Last year, KMC completed the construction of phase one of the processing plant, which President Mnangagwa officially commissioned on April 12, 2024. Phase one capacity stands at 300 000 metric tonnes of ore and 50 000 metric tonnes of spodumene concentrate per year.",
         "company;site;segment;status;production_start;capacity"),
       S("https://metalswire.net/news-of-the-week/kamativi-mining-defers-lithium-plant-commissioning-to-september/", "Metals Wire", "2024-07-16",
         "KMC is a joint venture between Kamativi Tin Mine and Sichuan PD Technology Group, a subsidiary of Yahua Group, a Chinese-listed entity. Kamativi Tin Mines Limited is wholly owned by Zimbabwe's sovereign wealth fund, Mutapa Investment Fund",
         "ownership;partner;status"),
       S("https://www.chronicle.co.zw/from-tin-to-tech-kamativi-becomes-lithium-powerhouse/", "The Chronicle", "2024-04",
         "The company which intends to invest US$249 million, has so far spent about US$100 million on the project.",
         "investment")],
      production_start="2024-04", investment_value=249, investment_currency="USD", investment_usd_millions=249, usd_basis="reported",
      capacity_value=50000, capacity_unit="t/yr", partner="Kamativi Tin Mines (Mutapa Investment Fund)",
      notes="Spodumene concentrator; phase 1 (50,000 t a year of concentrate) commissioned on 2024-04-12, phase 2 (300,000 t) was deferred to September 2024. The partners' shares were not disclosed.")

plant("F182", "Ganfeng Lithium (46.7% of Minera Exar)", "battery_materials", "AR", "Cauchari-Olaroz salars, Susques, Jujuy province",
      -23.47, -66.72, "operational", "2023-06-13", "minority_stake",
      [S("https://latinnews.com/component/k2/item/97392.html?Itemid=6&archive=3&cat_id=831180%3Ain-brief-first-lithium-produced-at-argentina-s-cauchari-olaroz-project", "LatinNews", "2023-06-13",
         "Canada-based firm Lithium Americas has announced that the Caucharí-Olaroz project in Argentina’s north-western province of Jujuy has produced its first lower than battery-quality lithium carbonate as part of commissioning ... During the ramp-up stage to production capacity of 40,000 tonnes per annum ... The project is 44.8% owned by Lithium Americas, with China’s Ganfeng Lithium taking a 46.7% stake and Argentina’s state-run Jujuy Energía y Minería Sociedad del Estado (Jemse) holding the remaining 8.5%.",
         "company;site;segment;status;production_start;capacity;ownership;partner"),
       S("https://www.lithium-argentina.com/our-projects/cauchari-olaroz/default.aspx", "Lithium Argentina", "",
         "Ownership A joint venture between Ganfeng Lithium Co. Ltd. (46.7%), Lithium Argentina (44.8%) and Jujuy Energia y Mineria Sociedad del Estado (8.5%) ... Stage Operating ... Capital costs Approximately US$979 million",
         "status;ownership;investment")],
      production_start="2023-06", investment_value=979, investment_currency="USD", investment_usd_millions=979, usd_basis="reported",
      capacity_value=40000, capacity_unit="t/yr", partner="Lithium Argentina (44.8%); JEMSE (8.5%)", chinese_share_pct=46.7,
      notes="Lithium carbonate from brine (stage 1, 40,000 t a year); first lithium carbonate in June 2023 during commissioning.")

plant("F183", "Yutong Bus (with Mowasalat and Qatar Free Zones Authority)", "vehicle_assembly", "QA", "Um Al Houl Free Zone, Al Wakrah",
      25.08, 51.60, "under_construction", "2024-12-16", "unknown",
      [S("https://dohanews.co/qatar-lays-foundation-stone-for-electric-bus-plant-at-um-al-houl-free-zone/", "Doha News", "2024-12-16",
         "Qatar’s Ministry of Transport laid the foundation stone for an electric bus assembly plant at Um Al Houl Free Zone, an industrial district located in the municipality of Al Wakrah ... Covering an area of approximately 53,000 square metres, the facility is expected to be completed by the end of 2025. Initially, it will produce 300 electric buses annually",
         "company;site;segment;status;capacity"),
       S("https://www.busnetz.de/yutong-1-002-busse-fuer-fussball-weltmeisterschaft-2022/", "Busnetz", "2020",
         "Während einer virtuellen Veranstaltung zur Unterzeichnung des Vertrages vereinbarte Yutong Bus gleichzeitig auch einen Rahmenvertrag mit QFZA (Qatar Free Zones Authority) und Mowasalat zur Errichtung einer CKD-Fabrik in Katar",
         "partner")],
      capacity_value=300, capacity_unit="vehicles/yr", partner="Mowasalat (Karwa); Qatar Free Zones Authority",
      notes="Electric bus assembly plant (capacity in buses a year); foundation stone laid on 2024-12-15. The partners' shares were not disclosed.")

plant("F184", "Sinotruk (CNHTC, assembly with N.A. Metal Industry & Engineering)", "vehicle_assembly", "ET", "Addis Ababa",
      8.98, 38.79, "operational", "2017-11-27", "contract_assembly",
      [S("http://www.chinadaily.com.cn/cndy/2017-11/27/content_35042321.htm", "China Daily", "2017-11-27",
         "A new assembly plant jointly built by China National Heavy Duty Truck Group and Ethiopia's N.A. Metal Industry & Engineering Co, started operation in Addis Ababa on Saturday. Ethiopia's leading automaker invested about $9 million in the plant, while partner Sinotruk, one of China's largest heavy truck manufacturers, will provide its African partner with equipment and regular technological training. The new factory is expected to assemble 600 trucks annually.",
         "company;site;segment;status;production_start;investment;capacity;partner;ownership")],
      production_start="2017-11", investment_value=9, investment_currency="USD", investment_usd_millions=9, usd_basis="reported",
      capacity_value=600, capacity_unit="vehicles/yr", partner="N.A. Metal Industry & Engineering Co (investor)",
      notes="Heavy-truck assembly (not electric; capacity in trucks a year). The US$9 m was invested by the Ethiopian partner; Sinotruk supplies equipment and training.")

plant("F185", "AESC (Envision Group), Sunderland Plant 1", "battery_cells", "GB", "Sunderland (Nissan Washington Road site)", 54.92, -1.47, "operational", "2025-12", "chinese_owned",
      [S("http://electric-vehiclenews.com/2013/01/nissan-uk-plant-begins-making-leaf.html", "Electric Vehicle News", "2013-01",
         "Nissan's new £200m battery plant in Sunderland has begun producing batteries for electric vehicles at the factory next to its Wearside car plant.",
         "company;site;segment;production_start;investment;status"),
       S("https://battery-tech.net/battery-markets-news/aesc-opens-new-sunderland-gigafactory-to-supply-nissan-leaf", "Battery-Tech", "2025-12",
         "This is not AESC’s first presence in the UK nor in Sunderland. Established initially as Nissan’s in-house battery division, AESC has produced cells on-site since 2012 for the first-generation Leaf and the e-NV200 van, though at a smaller scale of 1.9 GWh.",
         "capacity;status;company")],
      production_start="2013-01", investment_value=200, investment_currency="GBP", usd_basis="converted", capacity_value=1.9, capacity_unit="GWh/yr",
      partner="Nissan (customer)",
      notes="AESC's first UK cell plant, built by Nissan (the GBP 200 m was Nissan's investment) and Chinese-owned since Envision bought AESC in 2018; Plant 2 next door is F019.")

plant("F186", "Lygend Resources (36.9% of PT Halmahera Persada Lygend, with Harita Nickel)", "battery_materials", "ID", "Kawasi, Obi Island, South Halmahera, North Maluku",
      -1.55, 127.42, "operational", "2023-06-02", "minority_stake",
      [S("https://www.nasdaq.com/articles/chinas-lygend-starts-production-at-indonesian-nickel-cobalt-hpal-plant-2021-05-19", "Nasdaq (Reuters)", "2021-05-19",
         "China's Lygend Mining said on Wednesday its $1.05-billion nickel and cobalt smelting project in Indonesia had churned out its first batch of mixed hydroxide precipitate (MHP).",
         "company;segment;investment;production_start;status"),
       S("https://tbpnickel.com/media/news/operational/indonesia-has-the-largest-nickel-sulfate-plant-in-the-world-here-s-the-owner", "Trimegah Bangun Persada (CNBC Indonesia)", "2023-06-02",
         "This is the largest plant in the world as it has a nickel sulfate production capacity of up to 240 thousand tons per year ... PT Halmahera Persada Lygend is owned by Harita Nickel through PT Trimegah Bangun Persada Tbk (NCKL) by 45.1%, Lygend Resources Technology Co. Ltd by 36.9%, and Kang Xuan Pte Ltd by 18%.",
         "capacity;ownership;partner;status;site")],
      production_start="2021-05", investment_value=1050, investment_currency="USD", investment_usd_millions=1050, usd_basis="reported",
      capacity_value=240000, capacity_unit="t/yr", partner="Harita Nickel (45.1%); Kang Xuan (18%)", chinese_share_pct=36.9,
      notes="Indonesia's first HPAL plant (MHP from May 2021); capacity given as nickel sulphate, inaugurated on 2023-05-31.")

plant("F187", "XTC New Energy (Neomat CAM, XTC 51%, with Orano)", "battery_materials", "FR", "Port of Dunkirk (Gravelines / Loon-Plage)", 50.99, 2.17, "announced", "2026-03-05", "chinese_owned",
      [S("https://www.businesswire.com/news/home/20260305032630/en/XTC-New-Energy-and-Orano-Announce-the-Construction-of-Their-First-Battery-Cathode-Active-Material-Manufacturing-Plant-in-Northern-France?feedref=JjAwJuNHiystnCoBq_hl-d0q77hRjGWvCunvqSsMC5PkKuEqWGdtYcKRejd3o8qMqnKfqP6Z7nZVMLG-WqUNUuIFBOuQU34x9_qUrqnb9IFt3G9xeKEyIFKgj2nxZILuWb2_mZzaa2HVGkrPJ34F1Q%3D%3D",
         "Business Wire (Orano)", "2026-03-05",
         "The board of directors of Neomat CAM, a joint venture owned 51% by XTC New Energy and 49% by Orano, met on March 4, 2026, and made the final investment decision to build a plant to manufacture cathode active materials (CAM) for electric vehicle batteries ... the Neomat CAM facility is scheduled to begin operations in 2028 ... Its nominal manufacturing capacity of 40,000 metric tons of CAM per year",
         "company;site;segment;status;capacity;ownership;partner"),
       S("https://actualnewsmagazine.com/english/emmanuel-macron-announces-1-5-billion-euros-of-investment-between-orano-and-the-chinese-xtc-in-dunkirk/", "Actual News Magazine (franceinfo)", "2023-05-12",
         "The Chinese XTC and the French Orano will invest 1.5 billion euros and create 1,700 jobs in a site linked to lithium batteries in Dunkirk (North), Emmanuel Macron announced on Friday May 12.",
         "announced_year;investment")],
      announced_year=2023, investment_value=1500, investment_currency="EUR", usd_basis="converted", investment_scope="programme",
      capacity_value=40000, capacity_unit="t/yr", partner="Orano (49%)", chinese_share_pct=51,
      notes="Cathode active material plant; final investment decision on 2026-03-04, operations planned for 2028. The EUR 1.5 bn covers both Dunkirk plants (with the precursor plant, F188) and an R&D centre.")

plant("F188", "XTC New Energy (precursor JV, majority Orano)", "battery_materials", "FR", "Port of Dunkirk (Gravelines / Loon-Plage)", 50.98, 2.15, "announced", "2023-05-16", "minority_stake",
      [S("https://www.businesswire.com/news/home/20230516005653/fr/?feedref=JjAwJuNHiystnCoBq_hl-d0q77hRjGWvCunvqSsMC5PkKuEqWGdtYcKRejd3o8qMqnKfqP6Z7nZVMLG-WqUNUuIFBOuQU34x9_qUrqnb9IFt3G9xeKEyIFKgj2nxZILuWb2_mZzaa2HVGkrPJ34F1Q==",
         "Business Wire (Orano)", "2023-05-16",
         "La première usine, détenue majoritairement par XTC New Energy, a vocation à fabriquer des Matériaux Actifs de Cathode (CAM). La seconde, détenue majoritairement par Orano, a vocation à produire des Précurseurs de Matériaux Actifs de Cathode (PCAM).",
         "company;site;segment;status;ownership;partner;announced_year")],
      announced_year=2023, partner="Orano (majority)",
      notes="Precursor (pCAM) plant planned next to the cathode plant (F187); XTC holds a minority, the exact split was not disclosed.")

plant("F189", "Tibet Summit Resources (Potasio y Litio de Argentina, Sal de los Ángeles)", "battery_materials", "AR", "Salar de Diablillos, Los Andes department, Salta",
      -25.25, -66.82, "under_construction", "2024-08", "chinese_owned",
      [S("https://www.cronista.com/negocios/una-inversion-del-tibet-por-us-500-millones-se-prepara-para-el-rigi", "El Cronista", "",
         "La compañía Potasio y Litio Argentina, de la minera Tibet Summit Resources ... La empresa tiene actividad en el Salar de Diablillos, donde según informó la secretaría de minería provincial ya cuenta con su Declaración de Impacto Ambiental, y actualmente se encuentra en la etapa de inversión y construcción de su planta comercial. Directivos de la empresa se reunieron con el gobernador Gustavo Sáenz y le informaron que en una primera etapa, la empresa prevé una producción de 10.000 toneladas anuales de carbonato de litio, con una inversión estimada en u$s 500 millones.",
         "company;site;segment;status;capacity;investment;ownership"),
       S("https://noticiasyprotagonistas.com/actualidad/minera-china-invierte-us-180-millones-para-extraer-litio-en-salta/", "Noticias y Protagonistas", "",
         "El área del salar de Diablillos, situada a unos 145 kilómetros de la ciudad de Salta, está concesionada a la empresa Potasio y Litio de Argentina SA (Plasa). TSR se hizo cargo del proyecto el año pasado, tras haber comprado la firma canadiense Lithium X Energy, propietaria de Plasa",
         "ownership;site")],
      investment_value=500, investment_currency="USD", investment_usd_millions=500, usd_basis="reported", capacity_value=10000, capacity_unit="t/yr",
      internal_notes="status_as_of 2024-08 is an estimate: El Cronista's page is undated but reports the project preparing for the RIGI regime (created July 2024).",
      notes="Lithium carbonate from brine; first stage 10,000 t a year, 30,000 t a year at full capacity.")

plant("F190", "Tibet Summit Resources (Salar de Arizaro)", "battery_materials", "AR", "Salar de Arizaro, Salta", -24.70, -67.75, "announced", "2022-11-05", "chinese_owned",
      [S("https://sputniknews.com/20221105/chinese-company-to-invest-over-2-billion-into-lithium-exploration-in-argentina-1103821131.html", "Sputnik", "2022-11-05",
         "Another $1.5 billion are expected to be invested by the company in the construction of a plant at the Arizaro salt flat, also in Salta, which may produce between 50,000 and 100,000 tons of lithium carbonate by 2024.",
         "company;site;segment;status;investment;announced_year")],
      announced_year=2022, investment_value=1500, investment_currency="USD", investment_usd_millions=1500, usd_basis="reported",
      notes="Planned lithium carbonate plant (50,000–100,000 t a year); no later source on construction was read.")

plant("F191", "CATL (Brunp, 34% of HPAL JV with Merdeka Battery Materials)", "battery_materials", "ID", "Morowali, Central Sulawesi (SCM mine ore; site not given)", "", "", "announced", "2023-09", "minority_stake",
      [S("https://merdekabattery.com/en/business/hpal", "Merdeka Battery Materials", "",
         "In March 2023, MBMA entered into a Memorandum of Understanding with Ningbo Brunp Contemporary Amperex Co., Ltd., an affiliate of CATL (“CATL”) regarding the development of an HPAL plant with a nameplate capacity of 60,000 tonnes per annum of nickel in MHP. MBMA will own a 66% economic interest, with 34% owned by CATL.",
         "company;segment;status;capacity;ownership;partner;announced_year")],
      announced_year=2023, capacity_value=60000, capacity_unit="t/yr", partner="Merdeka Battery Materials (66%)", chinese_share_pct=34,
      internal_notes="status_as_of 2023-09: the company page is undated; it reports a September 2023 agreement, so it was written after that.",
      notes="HPAL plant for mixed hydroxide precipitate (capacity in tonnes of contained nickel); feasibility work under way when reported.")

plant("F192", "GEM Co. (minority in HPAL plant with Merdeka Battery Materials)", "battery_materials", "ID", "Indonesia Morowali Industrial Park (IMIP), Central Sulawesi",
      -2.82, 122.15, "announced", "2023-09", "minority_stake",
      [S("https://merdekabattery.com/en/business/hpal", "Merdeka Battery Materials", "",
         "In September 2023, MBMA entered into a partnership with GEM Co., Ltd (“GEM”) to construct a majority MBMA owned HPAL processing plant, located within IMIP, with a nameplate capacity of 30,000 tonnes per annum of nickel in MHP.",
         "company;site;segment;status;capacity;ownership;partner;announced_year")],
      announced_year=2023, capacity_value=30000, capacity_unit="t/yr", partner="Merdeka Battery Materials (majority)",
      internal_notes="status_as_of 2023-09: the company page is undated.",
      notes="HPAL plant (capacity in tonnes of contained nickel), to be built in two stages with commissioning targets of end-2024 and mid-2025.")

plant("F193", "Chengxin Lithium Group (lithium salt plant)", "battery_materials", "ID", "Indonesia Morowali Industrial Park (IMIP), Central Sulawesi",
      -2.83, 122.16, "under_construction", "2023-06", "chinese_owned",
      [S("http://hudsonresource.com/article/24.html", "Hudson Resource (Argus)", "2023",
         "It started construction of a production facility for lithium salts in Indonesia's Morowali industrial park in December, with a capacity of 60,000 t/yr.",
         "company;site;segment;status;capacity")],
      capacity_value=60000, capacity_unit="t/yr",
      internal_notes="status_as_of set to 2023-06 (the Argus text reports 2022 results and the May 2023 Sabi Star start).",
      notes="Lithium salts (hydroxide or carbonate) plant; construction began in December 2022.")

plant("F194", "SAIC Motor (MG JW Automobile Pakistan, second plant for EVs and PHEVs)", "vehicle_assembly", "PK", "Lahore (next to the first MG JW plant)", 31.40, 74.20,
      "under_construction", "2022-07-01", "joint_venture",
      [S("https://propakistani.pk/2022/07/01/mg-all-set-to-launch-locally-assembled-vehicles-in-pakistan-photos/", "ProPakistani", "2022-07-01",
         "The tour also included a visit to the construction site for MG’s second facility that will produce electric vehicles (EVs) and plugin hybrids (PHEVs).",
         "company;site;segment;status"),
       S("https://dailytimes.com.pk/734123/chinas-ambassador-visits-mg-plant-construction-site-for-tree-plantation-ceremony/", "Daily Times", "2021-03-14",
         "MG JW Automobile Pakistan (PVT) Ltd is a Joint Venture between SMIL, a subsidiary of SAIC (1st largest Chinese and 7th largest global automobile manufacturer) and JW SEZ.",
         "ownership;partner")],
      partner="JW-SEZ Group",
      notes="Second MG JW plant in Lahore for electric and plug-in hybrid vehicles; no later source on its completion was read.")

plant("F195", "Chery Automobile (CAOA Chery, assembled by CAOA Montadora)", "vehicle_assembly", "BR", "Anápolis, Goiás (CAOA plant)", -16.33, -48.95, "operational", "2024-10-17", "contract_assembly",
      [S("https://motor1.uol.com.br/news/444268/caoa-chery-20mil-producao-anapolis", "Motor1 Brasil", "2020-09",
         "Antes produzindo a linha do Hyundai Tucson, a fábrica do Grupo Caoa em Anápolis (GO) passou a montar também os carros da Caoa Chery desde o final de 2018 ... Segundo a Caoa, o complexo em Anápolis tem 172 mil m², empregando 1.500 funcionários e com capacidade de montar 86 mil unidades/ano",
         "company;site;segment;production_start;capacity"),
       S("https://terra.com.br/mobilidade/carros/sucesso-da-familia-tiggo-faz-caoa-chery-expandir-fabrica-no-brasil,55ecac4dc68f7eb810d4396aaf4bbdbdnr0tqqdr.html", "Terra", "2024-10-17",
         "A CAOA Chery já produziu 150 mil veículos em Anápolis – a unidade número 150.000 foi um Tiggo 8 Pro ... A fábrica de Anápolis pertence à CAOA Montadora e ocupa uma área total de 1,5 milhão de m².",
         "status;ownership;partner"),
       S("https://www1.folha.uol.com.br/colunas/eduardosodre/2024/08/grupo-caoa-prepara-ampliacao-da-fabrica-e-lanca-tiggo-8-renovado-no-brasil.shtml", "Folha de S.Paulo", "2024-08",
         "Andrade Filho afirma que a fábrica tem 6.000 funcionários e é 100% brasileira, diferentemente da unidade de Jacareí (interior de São Paulo), em que 50% pertencem aos chineses da Chery.",
         "ownership")],
      production_start="2018", capacity_value=86000, capacity_unit="vehicles/yr", partner="CAOA Montadora (plant owner); also builds Hyundai models",
      notes="Brazilian-owned plant that has assembled Chery SUVs (Tiggo 5x, 7, 8) since late 2018; capacity is the whole plant's, shared with Hyundai models.")

plant("F196", "Farasis Energy (Farasis Energy Europe)", "battery_cells", "DE", "Bitterfeld-Wolfen, Saxony-Anhalt", 51.62, 12.33, "cancelled", "2022-05-04", "chinese_owned",
      [S("https://electrive.com/2022/05/04/bitterfeld-wolfen-is-cancelling-contract-with-farasis", "electrive", "2022-05-04",
         "The planned battery cell factory of Daimler partner Farasis Energy in Bitterfeld-Wolfen (Saxony-Anhalt) is probably not going to happen. According to a German media report, Bitterfeld-Wolfen has terminated the urban development contract with Farasis Energy Europe ... Farasis Energy had chosen Bitterfeld-Wolfen as the location for its European battery factory in 2019 ... despite all the contracts, Farasis never started building the plant",
         "company;site;segment;status;announced_year"),
       S("https://electrive.com/2019/05/09/farasis-energy-plans-battery-plant-in-germany", "electrive", "2019-05-09",
         "The battery giant wants to invest more than 600 million euros in the new plant with its newly founded subsidiary, Farasis Energy Europe ... From the end of 2022, the production capacity is to be continuously expanded from an initial 6 to 10 GWh per year for purely electric vehicles.",
         "investment;capacity;announced_year")],
      announced_year=2019, investment_value=600, investment_currency="EUR", usd_basis="converted", capacity_value=6, capacity_unit="GWh/yr",
      notes="Cell, module and pack plant announced in 2019 (initially 6 GWh a year, up to 10 GWh); never built, the town ended the contract in 2022.")

plant("F197", "SAIC-GM-Wuling (Wuling EVs assembled by TMT Motors)", "vehicle_assembly", "VN", "Van Lam district, Hung Yen province (TMT plant)", 20.98, 106.03,
      "operational", "2023-05-26", "contract_assembly",
      [S("https://dailytimes.com.pk/1097118/vietnamese-automaker-chinese-partner-reveal-first-mini-electric-vehicle-2/", "Daily Times (Xinhua)", "2023-05-26",
         "Vietnamese car manufacturer TMT Motors unveiled the first flagship micro electric car, the Wuling HongGuang MINI EV ... The mini electric car has been assembled at the existing facilities of TMT Motors in the northern province of Hung Yen, about 40 km southeast of the capital of Hanoi, which currently has an annual capacity of 30,000 vehicles",
         "company;site;segment;status;production_start;capacity;partner"),
       S("https://en.vietnamplus.vn/tmt-motors-partners-with-world-leading-joint-venture-to-bring-mini-evs-to-vietnam/248571.vnp", "VietnamPlus (VNA)", "2023-02-18",
         "Under the agreement, GM and SAIC - WULING will provide components to TMT Motors to exclusively manufacture, assemble and distribute Wuling electric cars in Vietnam.",
         "announced_year;ownership;partner")],
      announced_year=2023, production_start="2023-05", capacity_value=30000, capacity_unit="vehicles/yr", partner="TMT Motors (plant owner)",
      notes="Vietnamese-owned TMT plant assembling Wuling mini EVs from kits supplied by SGMW; capacity is the plant's.")

plant("F198", "Hainan Mining (51% of Kodal Mining UK; Bougouni lithium)", "battery_materials", "ML", "Bougouni, Sikasso region (southern Mali)", 11.35, -7.55,
      "operational", "2025-11-04", "chinese_owned",
      [S("https://www.theafricascorecard.com/2025/11/04/mali-president-commissions-kodal-minerals-bougouni-lithium-project-as-production-begins", "The Africa Scorecard", "2025-11-04",
         "Mali has officially launched operations at the Stage 1 Bougouni lithium project ... Since construction began in mid-2024, the project has already produced over 45,000 tonnes of high-grade spodumene concentrate ... With an annual target of 125,000 tonnes at 5.5% Li₂O ... Kodal CEO Bernard Aylward praised the collaboration between Kodal and Hainan, noting that the $65-million project was delivered on schedule and within budget.",
         "company;site;segment;status;capacity;investment"),
       S("https://truenorthmining.ca/kodal-minerals-bougouni-lithium-project-comes-on-stream", "True North Mining", "2025",
         "Mali now has a second lithium mine up and running, after the Bougouni project of Kodal Minerals and its joint venture partner, Hainan Mining, produced its first spodumene concentrate in February this year.",
         "production_start;status"),
       S("https://www.ecofinagency.com/mining/2903-45323-mali-hainan-mining-seeks-to-buy-100-of-the-future-bougouni-lithium-mine", "Ecofin Agency", "2024-03-29",
         "The Bougouni project is owned by Kodal Mining UK Limited, a joint venture controlled 51% by Hainan Mining and 49% by Kodal.",
         "ownership;partner")],
      production_start="2025-02", investment_value=65, investment_currency="USD", investment_usd_millions=65, usd_basis="reported",
      capacity_value=125000, capacity_unit="t/yr", partner="Kodal Minerals (49% of the holding company); Malian state (35% of the operating company)",
      notes="Spodumene concentrate mine and DMS plant (capacity in tonnes of concentrate a year). Hainan Mining controls the holding company (51%), which holds 65% of the operating company; the Malian state holds 35%.")

plant("F199", "JAC Motors (JV with Emin Auto)", "vehicle_assembly", "DZ", "Tamazoura industrial zone, Aïn Témouchent", 35.30, -1.14, "operational", "2026-01-26", "joint_venture",
      [S("https://www.auto-utilitaire.com/automobile-en-algerie-jac-promet-une-forte-integration-locale-et-fait-dain-temouchent-un-hub-industriel-et-exportateur/", "Auto-Utilitaire", "2026-01-26",
         "L’usine de JAC à Aïn Temouchent est désormais entrée en activité. Le directeur général d’Emin Auto, Nihat Yavuz Sahsuvaroglu, a indiqué que le site ambitionne une production de 8.000 véhicules par mois, soit près de 100.000 unités par an",
         "company;site;segment;status;production_start;capacity"),
       S("https://www.auto-infos.fr/article/le-constructeur-chinois-jac-va-produire-des-voitures-en-algerie.277667", "Auto Infos", "2023-09",
         "l’état d’avancement du projet de fabrication des voitures touristiques et utilitaires de la marque JAC dans la wilaya de Aïn Témouchent à travers une joint-venture entre le groupe chinois JAC et Emin Auto ... Dans un premier temps, l’usine sera calibrée pour une capacité de production annuelle de 100 000 véhicules",
         "ownership;partner;capacity")],
      production_start="2026-01", capacity_value=100000, capacity_unit="vehicles/yr", partner="Emin Auto",
      notes="Cars and light commercial vehicles; a 2016 plan (light trucks) was revived and the plant entered production in January 2026. Capacity is the target of about 8,000 vehicles a month. The JV split was not disclosed.")

plant("F200", "Tangshan Xinfeng Lithium (Xinfeng Investments, Uis processing plant)", "battery_materials", "NA", "Uis, Erongo region", -21.22, 14.87,
      "under_construction", "2024-08-06", "chinese_owned",
      [S("https://beta.namibiansun.com/focus-mining/xinfeng-processing-plant-progressing2024-08-06122198", "Namibian Sun", "2024-08-06",
         "Xinfeng Investments Namibia, a subsidiary of Tangshan Xinfeng Thermal Group Company, holds a lithium mining license (no. ML243) and has made significant investment in excess of N$600 million to date ... Full operationalization is expected before the end of 2024.",
         "company;segment;status;investment;ownership"),
       S("https://miningandenergy.com.na/xinfeng-investments-plans-n600-million-namibia-lithium-plant/", "Mining & Energy (Namibia)", "2023",
         "Chinese company Xinfeng Investments Limited is set to invest N$600 million in the construction of a state-of-the-art lithium processing plant, scheduled to commence operations in early 2024 ... Xinfeng has been working tirelessly towards the construction of our processing plant in Uis.",
         "site;investment;announced_year")],
      investment_value=600, investment_currency="NAD",
      notes="Dense-media lithium concentrator built after Namibia banned exports of unprocessed lithium ore in 2023; the N$600 m is the company's spending to date. The company was later investigated for mining outside its licence (2024–2025).")

plant("F201", "Avatar New Energy Materials", "battery_materials", "NG", "Lafia, Nasarawa State", 8.49, 8.52, "operational", "2024-05-11", "chinese_owned",
      [S("https://www.tvcnews.tv/2024/05/chinese-firm-announces-200m-investment-for-lithium-processing-plant-in-nasarawa/", "TVC News", "2024-05-11",
         "President Bola Tinubu says the inauguration of Nigeria’s largest lithium processing plant in Lafia, Nasarawa State, is a clear indication of the country’s attractiveness to foreign investment ... A Chinese firm, Avatar built a 4,000 metric tonnes daily Lithium processing plant, an investment worth 500 million dollars.",
         "company;site;segment;status;production_start;investment;ownership")],
      production_start="2024-05", investment_value=500, investment_currency="USD", investment_usd_millions=500, usd_basis="reported",
      notes="Lithium ore processing plant inaugurated in May 2024; it processes about 4,000 t of ore a day.")

plant("F202", "Canmax Technologies (Nasarawa lithium processing plant)", "battery_materials", "NG", "Nasarawa State (site not given)", "", "", "announced", "2024-05-11", "unknown",
      [S("https://www.tvcnews.tv/2024/05/chinese-firm-announces-200m-investment-for-lithium-processing-plant-in-nasarawa/", "TVC News", "2024-05-11",
         "Also, a renowned chinese firm Canmax responsible for 30 percent of global battery material production has announced a new investment of 200 million dollars for another lithium processing plant im Nasarawa state.",
         "company;site;segment;status;investment;announced_year")],
      announced_year=2024, investment_value=200, investment_currency="USD", investment_usd_millions=200, usd_basis="reported",
      notes="Announced in May 2024. A 2025 Reuters report says Chinese firms including Canmax fund more than 80% of four Nigerian lithium plants, with local Three Crown Mines holding the rest, but does not say which plant is whose.")

plant("F203", "Ganfeng Lithium Industry Ltd (Nigeria)", "battery_materials", "NG", "Endo, Udege, Nasarawa LGA, Nasarawa State", 8.55, 7.72, "under_construction", "2023-10-13", "unknown",
      [S("https://unitytimesonline.com/2023/10/13/tinubu-launches-250m-lithium-factory-in-nasarawa", "Unity Times", "2023-10-13",
         "President Bola Ahmed Tinubu yesterday launched a $250 million lithium factory in Nasarawa State ... Speaking at the groundbreaking ceremony of the Ganfeng Lithium Industry Limited Factory in the Endo community of Udege in the Nasarawa Local Government Area of the state ... the mega factory, after completion, would have the capacity to process 18,000 metric tons of lithium per day and 4.5 million metric tons annually.",
         "company;site;segment;status;investment;capacity;announced_year")],
      announced_year=2023, investment_value=250, investment_currency="USD", investment_usd_millions=250, usd_basis="reported",
      capacity_value=4500000, capacity_unit="t/yr",
      notes="Ground broken in October 2023, with a 24-month build; capacity in tonnes of lithium ore processed a year. The sources read do not say whether the company belongs to Jiangxi Ganfeng Lithium Group, so ownership is left as not stated.")

plant("F204", "Great Wall Motor (GWM; Haval, assembled by Go Automobile Manufacturing)", "vehicle_assembly", "MY", "Gurun, Kedah (Go Auto plant)", 5.81, 100.47,
      "operational", "2021-03", "contract_assembly",
      [S("https://www.wapcar.my/news/23651/amp", "WapCar", "",
         "And recall too that GWM already has a plant in Malaysia. Go Auto Manufacturing Sdn. Bhd., based in Gurun, Kedah, has been manufacturing Haval cars for the Malaysian market since 2013.",
         "company;site;segment;status;production_start;partner"),
       S("http://www.manufacturing.net/print/news/2014/04/great-wall-suvs-to-be-made-in-malaysia?qt-recent_blogs=1", "Manufacturing.net (AP)", "2014-04",
         "Trade Minister Mustapa Mohamad said privately owned Go Automobile Manufacturing will invest 2 billion ringgit ($618 million) over the next four years to expand its manufacturing plant in northern Kedah state. It will have a production capacity of 100,000 vehicles by 2018",
         "investment;ownership;partner")],
      production_start="2013", investment_value=2000, investment_currency="MYR", investment_usd_millions=618, usd_basis="reported",
      partner="Go Automobile Manufacturing (privately owned, Malaysian)",
      internal_notes="status_as_of 2021-03 is an estimate: the WapCar page is undated but describes GWM's Rayong plant starting test assembly (2021).",
      notes="Malaysian-owned contract assembler of Haval models; the RM2 bn was Go Auto's 2014 expansion plan (to 100,000 vehicles a year by 2018).")

plant("F205", "Great Wall Motor (GWM; CKD with EP Manufacturing)", "vehicle_assembly", "MY", "Pegoh, Alor Gajah, Melaka (EPMB site)", 2.37, 102.16,
      "announced", "2023-11", "contract_assembly",
      [S("https://automacha.com/great-wall-motors-sign-mou-with-epmb-for-ckd-in-melaka/", "Automacha", "",
         "Great Wall Motors (GWM), who have just recently signed a Memorandum of Understanding (MoU) with EP Manufacturing Berhad (EPMB) to locally assemble its cars at its site in Pegoh, Melaka. From to the MoU signed between the two parties, it is expected for the local assembly to kick start from 2024 onwards ... It is further projected for this new CKD program to churn out 20,000 GWM vehicles annually by 2028",
         "company;site;segment;status;capacity;partner;ownership")],
      capacity_value=20000, capacity_unit="vehicles/yr", partner="EP Manufacturing Berhad (EPMB)",
      internal_notes="status_as_of 2023-11 is an estimate: the Automacha page is undated; the MoU expects assembly 'from 2024 onwards'.",
      notes="Memorandum for CKD assembly at EPMB's plant; 20,000 vehicles a year targeted by 2028.")

plant("F206", "Zhejiang Huayou Cobalt (Prospect Lithium Zimbabwe, lithium sulphate plant)", "battery_materials", "ZW", "Arcadia mine, Goromonzi, near Harare", -17.83, 31.37,
      "under_construction", "2025-10-24", "chinese_owned",
      [S("https://www.zawya.com/en/economy/africa/zimbabwe-zhejiang-huayou-cobalt-to-begin-lithium-sulphate-production-in-2026-wn0xoopu", "Zawya (The Zimbabwean)", "2025-10-24",
         "Chinese mining company Zhejiang Huayou Cobalt is set to begin producing lithium sulphate at its new $400 million processing facility at the Arcadia Mine in Zimbabwe from Q1 2026.",
         "company;site;segment;status;investment"),
       S("https://en.wedoany.me/shortnews/65637.html", "Wedoany (Reuters)", "2025-10-18",
         "The newly built facility, located at Huayou’s wholly owned Prospect Lithium Zimbabwe’s Arcadia mine, has an annual capacity of over 50,000 metric tons of lithium sulphate",
         "capacity;ownership")],
      investment_value=400, investment_currency="USD", investment_usd_millions=400, usd_basis="reported", capacity_value=50000, capacity_unit="t/yr", chinese_share_pct=100,
      notes="Lithium sulphate plant next to the Arcadia concentrator (F123); production planned from the first quarter of 2026.")

plant("F207", "Chery Automobile (Jetour, Soueast) and Changan, assembled by Avtotor", "vehicle_assembly", "RU", "Kaliningrad (Avtotor plant)", 54.67, 20.55,
      "operational", "2025-12-02", "contract_assembly",
      [S("https://auto.rambler.ru/novosti/55698893-tri-brenda-pyat-modeley-kitaytsy-rasshiryayut-vypusk-avto-v-rossii/", "Rambler Auto (Izvestia)", "2025-12-02",
         "Выпуск своих машин на территории России наладили дочерние марки Chery — Jetour и Soueast. Одновременно производство в нашей стране запустил Changan. Сборка автомобилей всех этих брендов осуществляется на одном предприятии — заводе «Автотор» в Калининграде ... мощности завода рассчитаны на выпуск 280 тысяч машин в год.",
         "company;site;segment;status;production_start;capacity;partner")],
      production_start="2025", capacity_value=280000, capacity_unit="vehicles/yr", partner="Avtotor (plant owner)",
      notes="Russian-owned Avtotor plant, which has assembled Chinese brands since 2023 (BAIC, SWM, Kaiyi); Jetour, Soueast and Changan models went on the line in 2025. Capacity is the whole plant's.")

plant("F208", "CITIC Guoan (lithium carbonate plant with YLB)", "battery_materials", "BO", "Uyuni salt flat, Potosí (reported; another report names Pastos Grandes)", -20.45, -67.25,
      "announced", "2023-06-30", "unknown",
      [S("https://d33gy59ovltp76.cloudfront.net/news/citic-guoan-wins-contract-to-develop-bolivian-lithium-deposits", "Caixin Global", "2023-06-30",
         "China’s Citic Guoan Group Co. Ltd. has won a contract to help the Bolivian government develop the country’s vast and largely untapped lithium deposits ... The companies will each build a processing plant with the capacity to produce around 25,000 tons of lithium carbonate per year. Construction of a plant in Uyuni, a city in southwest Bolivia, is expected to begin either at the end of this year or early 2024, with an investment of around $800 million, one source close to Citic Guoan told Caixin.",
         "company;site;segment;status;capacity;investment;announced_year"),
       S("http://ummnews.net/index.php/node/97838", "NNN (MercoPress)", "2023-07",
         "China’s Citic Guoan and Russia’s Uranium One Group — both with a major government stake — will partner with YLB to build two lithium carbonate processing plants, President Luis Arce announced.",
         "partner;announced_year")],
      announced_year=2023, investment_value=800, investment_currency="USD", investment_usd_millions=800, usd_basis="reported",
      capacity_value=25000, capacity_unit="t/yr", partner="Yacimientos de Litio Bolivianos (YLB)",
      notes="Agreement of June 2023 with state lithium company YLB, which keeps control of production under Bolivia's model; the investment figure is from a source close to the company. No construction had been reported in the sources read.")

plant("F209", "Geely Auto (assembly plant with Sodivem)", "vehicle_assembly", "DZ", "western Algeria (site not given)", "", "", "announced", "2024-08", "unknown",
      [S("https://lenational.dz/?p=24959", "Le National", "2024",
         "Geely, le constructeur automobile chinois, a récemment annoncé son intention d’investir 200 millions de dollars dans la construction d’une usine d’assemblage de véhicules en Algérie ... cette usine aura une capacité de production de 50 000 véhicules par an et sera située à l’ouest du pays. Le premier modèle à être produit dans cette usine, dès 2026, sera la GX3.",
         "company;site;segment;status;investment;capacity"),
       S("https://www.chinaevs.org/news/2024/883.html", "ChinaEVs", "2024-08",
         "The interview revealed that Chinese car manufacturers Geely, Chery, and JAC are planning to establish car production facilities in Algeria.",
         "status;announced_year")],
      announced_year=2024, investment_value=200, investment_currency="USD", investment_usd_millions=200, usd_basis="reported",
      capacity_value=50000, capacity_unit="vehicles/yr", partner="Sodivem (Geely's Algerian distributor)",
      notes="Planned assembly plant; production of the GX3 was announced for 2026.")

plant("F210", "Chery Automobile (Bordj Bou Arreridj plant)", "vehicle_assembly", "DZ", "Bordj Bou Arreridj", 36.07, 4.76, "announced", "2023-11", "unknown",
      [S("https://www.lexpressiondz.com/nationale/chery-va-fabriquer-des-vehicules-en-algerie-375531", "L'Expression", "2023-11",
         "La société chinoise \"Chery\" compte réaliser un projet d'industrie automobile dans la wilaya de Bordj Bou Arreridj avec une capacité préliminaire de 24.000 unités/an ... La capacité de production de l'usine \"Chery\" à Bordj Bou Arreridj passera à 100.000 véhicules durant la troisième année de son entrée en production",
         "company;site;segment;status;capacity;announced_year")],
      announced_year=2023, capacity_value=24000, capacity_unit="vehicles/yr",
      notes="Planned plant with an initial 24,000 vehicles a year, rising to 100,000 in its third year of production.")
