# 地图集的简体中文词条。参照英文目录（i18n/en.ftl）：消息与占位符与之一一对应（`cargo test` 检查）。
# 数据值（企业与厂址名称、引语）不在此处，按来源原文显示。
#
# “## Full atlas”一行之前的消息属于首屏，首屏只编入这些消息。

language-name = 简体中文

## 数字与日期：本语言的写法（src/i18n/numbers.rs）

number-group = ,
number-decimal = .
# 美元金额达到大单位（此处为亿）时以亿计，不足时以万计。
money-large-unit = 100000000
money-large = US${ $amount }亿
money-small-unit = 10000
money-small = US${ $amount }万
date-month-year = { $year }年{ $month }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 页面（index.html中的静态文字，按读者的语言改写）

page-title = 海外电动汽车地图集：中国电动汽车产业的海外布局
page-kicker = 海外电动汽车地图集
page-headline = 中国电动汽车产业海外投资已超过国内投资
page-dek = 2024年，中国电动汽车供应链企业投向海外工厂的资金超过投向国内工厂的资金，为2014年有记录以来首次。以下是相关数据与工厂分布。
page-language = 语言
more-charts-title = 更多图表
more-charts-subtitle = 资金流向、工厂分布、从宣布到投产的进程以及产能：每张图表均可筛选地图。
more-charts-show = 显示图表
your-data-title = 您的数据
your-data-subtitle = 载入与内置数据列相同的CSV或JSON文件，或将文件拖放到页面上。文件不会上传。
your-data-example = 示例文件
your-data-load = 载入文件…
colophon-version = 数据集版本
colophon-sources = 年度数据：Rhodium Group，经Bloomberg、Reuters和CNBC报道；工厂：每项数据均附来源。缺失值一律标为缺失，不作估算。
colophon-download = 下载附全部来源的数据：
colophon-plants-csv = 工厂（CSV）
colophon-figures-csv = 年度数据（CSV）
show-sources = 显示全部来源

## 关于网址和数据的提示

# 来自别处的文字（解析器的报告），原样显示。
plain = { $text }
notice-unknown-language = 网址指定的语言“{ $tag }”本地图集尚未提供，现以英文显示。
notice-focus-unreadable = 网址中的focus参数无法读取（{ $why }），现显示整幅地图。
notice-focus-no-site = 工厂{ $id }没有已知厂址，无法在地图上显示。
notice-focus-unknown = focus={ $id }：没有工厂使用此编号，现显示整幅地图。
notice-basemap-unreadable = 无法读取世界底图（{ $error }），工厂将在没有底图的情况下绘制。
notice-data-left-out = 部分内置数据无法读取，已略去：
notice-benchmark = 基准测试模式：{ $count }处合成设施，并非真实数据。从网址中删除?n=即可查看地图集。

## 加载失败的部分（src/web/page.js，其文字由src/web/shared/lang.rs格式化后提供）

fault-retry = 重试
fault-reload = 重新加载
fault-newer = 地图集已发布新版本，这部分内容仅在新版本中提供。
fault-failed = { $part }无法加载，页面其余部分仍可正常使用。
fault-slow = { $part }加载时间较长。
fault-part-facility-map = 详细地图
fault-part-show-charts = 其他图表
fault-part-details-root = 工厂详情
fault-part-sources-root = 来源
fault-part-lang-picker = 语言选项
fault-part-plant-lists = 工厂列表
fault-stopped = 出现错误，地图集已停止运行。
fault-stopped-detail = 重新加载页面通常可以解决问题。如果问题再次出现，请将以下报告发送给我们：
fault-report = 错误报告
fault-copy = 复制报告

## 国内与海外（第一张图表）

side-home = 国内投资
side-abroad = 海外投资
home-abroad-title = 国内与海外投资对比
home-abroad-subtitle = 中国电动汽车供应链年度投资，单位：亿美元
home-abroad-unit = 亿美元
home-abroad-source = Rhodium Group（2025年8月），据{ $hosts }报道
home-abroad-empty = 暂无已公布的国内与海外投资数据。
home-abroad-crossover = { $year }年，中国电动汽车供应链企业的海外投资（{ $abroad }）首次超过国内投资（{ $home }）
home-abroad-no-crossover = 在已公布的数据中，海外投资尚未超过国内投资
home-abroad-peak = ；国内投资在{ $year }年达到峰值{ $peak }
# 句末标点：英文为“.”，中文为“。”
sentence-end = 。
home-abroad-year = 年份
home-abroad-note-na = 暂无：该年份没有已公布的数据。
home-abroad-note-derived = { $year }年{ $side }：≈{ $value }为推算值，并非原文所述（{ $quote }）。
home-abroad-cell-derived = ≈{ $value }（推算）
chart-na = 暂无
no-published-figure = 无已公布数据
home-abroad-mark = { $year }年 · { $side }：{ $value } · 来源：{ $source }
home-abroad-mark-derived = { $year }年 · { $side }：{ $value }（推算值，非原文所述） · 来源：{ $source }
home-abroad-mark-missing = { $year }年 · { $side }：无已公布数据
home-abroad-crossover-long = { $year }年：海外投资超过国内
home-abroad-crossover-long-2 = （海外{ $abroad }，国内{ $home }）
home-abroad-crossover-short = { $year }年：海外{ $abroad }
home-abroad-crossover-short-2 = > 国内{ $home }

## 各图表通用

chart-keys = 用方向键在柱形之间切换。
chart-keys-filter = 用方向键在柱形之间切换，按Enter键以该柱形筛选所有视图，按Esc键清除筛选。
chart-click-filter = 点击以筛选所有视图
chart-click-clear = 再次点击清除筛选
chart-unit-sources = 单位：{ $unit }。来源：{ $sources }。
chart-table = 以表格查看数据

## 地图

map-title = 工厂分布
map-all-plants = 全部工厂
map-zoom-in = 放大
map-zoom-out = 缩小
map-reset = 显示全球
map-list = 工厂列表
map-more = ……另有{ $count }座。
map-label = 中国电动汽车产业企业{ $count }处海外设施的世界地图，按业务环节着色{ $unlocated }。方向键移动地图，按+和−键缩放，按0键复位。
map-unlocated = ；另有{ $count }处厂址不详
map-cluster = 此处有{ $count }座工厂
map-cluster-more = { $names }及另外{ $count }座
map-cluster-zoom = 点击放大
map-announced = { $year }年宣布
map-announced-unknown = 宣布年份不详
map-production-month = { $announced } · { $date }起投产
map-production-year = { $announced } · { $year }年起投产
map-investment = 投资额：{ $value }
map-capacity = 产能：{ $value }
not-disclosed = 未披露
map-subtitle = 中国电动汽车产业企业的{ $count }座海外工厂，按业务环节分类
map-regions = 按区域查看
map-legend-segments = 颜色：业务环节
map-legend-size = 大小：宣布投资额
map-legend-status = 填充：状态
map-legend-cluster = 相邻工厂：点击放大
map-legend-count = { $segment }（{ $count }）
map-how = 拖动或用方向键移动地图，滚动滚轮、双指缩放或按+和−键缩放。每个圆点代表一座工厂，标在其所在城市的大致位置。底图：Natural Earth（公有领域）。数据中每座工厂均附有来源。
map-in-view = { $count ->
        [0] 视野内没有工厂
       *[other] 视野内有{ $count }座工厂，其中{ $operational }座已投产
    }
map-in-view-largest = ；已披露投资最大的是{ $company }（{ $city }），{ $value }
region-world = 全球
region-europe = 欧洲
region-southeast-asia = 东南亚
region-americas = 美洲
region-mena = 中东和北非

## 数据中的业务环节、状态与单位

segment-battery_cells = 电芯
segment-battery_materials = 电池材料
segment-vehicle_assembly = 整车组装
segment-components = 零部件
status-announced = 已宣布
status-under_construction = 在建
status-operational = 已投产
status-paused = 已暂停
status-cancelled = 已取消
unit-vehicles = 辆/年
unit-GWh = GWh/年
unit-t = 吨/年
unit-units = 台/年

## Full atlas

## 柱状图的数值、标记与表格（src/chart/bars.rs）

chart-empty = 没有符合这些筛选条件的工厂
chart-table-total = 合计
chart-table-note = 说明
chart-mark = { $series } · { $category }：{ $value }
chart-mark-none = { $category }：无数值
value-gwh-yr = 每年{ $amount } GWh
value-gwh = { $amount } GWh
value-percent = { $amount }%
value-plants = { $count }座工厂
value-vehicles-yr = 每年{ $count }辆
count-large-unit = 100000000
count-large = { $amount }亿
count-small-unit = 10000
count-small = { $amount }万
chart-download = 下载PNG图片
chart-download-sources = 来源：{ $sources } · 海外电动汽车地图集

## 全图集的四张图表（src/chart/segments.rs、places.rs、pipeline.rs、capacity.rs）

list-more = { $head }、{ $next }
list-last = { $head }和{ $last }
list-and-more = { $list }以及另外{ $count }个
chart-about = 约{ $value }
chart-source-plants = 各工厂的来源，见其详情
chart-unit-plants = 工厂数（座）
chart-unit-usd = 美元（宣布金额）
chart-no-plants = 没有符合这些筛选条件的工厂。
chart-no-money = 这些工厂均未披露宣布的投资额。
chart-disclosed = { $plants }座工厂中{ $disclosed }座披露了金额

segments-title = 资金流向何处
segments-subtitle = 海外工厂宣布的投资额，按宣布年份和环节划分（美元）；{ $plants }座工厂中{ $disclosed }座披露了金额
segments-subtitle-undated = 海外工厂宣布的投资额，按宣布年份和环节划分（美元）；{ $plants }座工厂中{ $disclosed }座披露了金额；另有{ $undated }座未注明宣布年份，未计入
segments-none = 当年没有工厂宣布
segments-note-share = 已公布数据：{ $period }年，电池占中国电动汽车供应链海外投资的{ $share }（{ $host }）。
segments-source-share = 各工厂的来源，见其详情；电池占比：{ $host }
segments-summary = 在注明宣布年份的{ $dated }座工厂中，{ $disclosed }座披露了投资额，合计{ $total }，其中电芯和电池材料工厂占{ $share }。
segments-summary-peak = 在注明宣布年份的{ $dated }座工厂中，{ $disclosed }座披露了投资额，合计{ $total }，其中电芯和电池材料工厂占{ $share }；宣布投资最多的年份是{ $year }年（{ $amount }）。
segments-summary-peak-segment = 在注明宣布年份的{ $dated }座工厂中，{ $disclosed }座披露了投资额，合计{ $total }，其中电芯和电池材料工厂占{ $share }；宣布投资最多的年份是{ $year }年（{ $amount }，主要为{ $segment }）。

places-title = 工厂分布在哪里
places-subtitle-count-country = 海外工厂，按东道国和环节划分
places-subtitle-count-region = 海外工厂，按东道地区和环节划分
places-subtitle-money-country = 已披露的宣布投资额（美元），按东道国和环节划分
places-subtitle-money-region = 已披露的宣布投资额（美元），按东道地区和环节划分
places-subtitle-left-out = { $subtitle }；{ $left }
places-left-out-country = 另有{ $count }个国家的工厂均未披露金额，未计入
places-left-out-region = 另有{ $count }个地区的工厂均未披露金额，未计入
places-countries = { $count }个国家
places-regions = { $count }个地区
places-others-country = 其他（{ $count }个国家）
places-others-region = 其他（{ $count }个地区）
places-others-note = { $places }；{ $disclosed }
places-lead-count = { $place }的工厂最多（{ $value }）
places-lead-count-tie = { $places }的工厂最多（各{ $value }）
places-lead-money = { $place }获得的已披露投资最多（{ $value }）
places-lead-money-tie = { $places }获得的已披露投资最多（各{ $value }）
places-next = { $place }（{ $value }）
places-then = { $lead }，其次是{ $next }
places-summary = { $lead }；{ $places }共计{ $total }。
places-by-country = 按国家
places-by-region = 按地区
places-measure-count = 工厂数
places-measure-money = 投资额
places-controls = 分组和指标

pipeline-title = 从宣布到投产
pipeline-subtitle = 海外工厂，按环节和状态划分，以各工厂的最新来源为准
pipeline-in-all = 共{ $count }座工厂
pipeline-note-both = 已公布数据：中国企业在海外宣布的电动汽车制造项目中，{ $abroad }已建成，而在国内宣布的项目中这一比例为{ $home }（{ $period }；{ $host }）。
pipeline-note-abroad = 已公布数据：中国企业在海外宣布的电动汽车制造项目中，{ $share }已建成（{ $period }；{ $host }）。
pipeline-note-home = 已公布数据：中国企业在国内宣布的电动汽车制造项目中，{ $share }已建成（{ $period }；{ $host }）。
pipeline-note-operational = 图中{ $plants }座工厂里，{ $operational }座已投产（{ $share }）。
pipeline-source-rates = 各工厂的来源，见其详情；建成率：{ $hosts }
pipeline-summary = { $plants }座工厂中{ $operational }座已投产（{ $share }）；{ $coming }座已宣布或在建，{ $stopped }座已暂停或取消。
pipeline-summary-coming = { $plants }座工厂中{ $operational }座已投产（{ $share }）；{ $coming }座已宣布或在建，{ $stopped }座已暂停或取消；已宣布或在建的工厂以{ $segment }最多（{ $most }座）。

capacity-title = 产能
capacity-kind-battery = 电池
capacity-kind-vehicles = 整车组装
capacity-unit-battery = GWh/年
capacity-unit-vehicles = 辆/年
capacity-subtitle = 海外工厂标明的年{ $kind }产能，按东道地区划分：已投产，以及已宣布或在建
capacity-pipeline = 已宣布或在建
capacity-states = { $plants }座工厂中{ $stating }座标明了产能
capacity-note-stated = 标明的{ $kind }产能：已投产{ $operational }，已宣布或在建{ $pipeline }，数据来自{ $plants }座工厂中的{ $stating }座。
capacity-note-stopped = 未计入：{ $count }座已暂停或取消的工厂（{ $capacity }）。
capacity-note-unplaced = 未计入：{ $count }座工厂所在国家不属于本图集划分的任何地区。
capacity-summary = { $region }标明的{ $kind }产能最多（{ $capacity }，其中已投产{ $operational }）；{ $plants }座工厂中{ $stating }座标明了产能，合计{ $total }。
capacity-summary-none = 这些工厂均未标明{ $kind }产能。
capacity-battery = 电池（GWh/年）
capacity-vehicles = 整车（辆/年）
capacity-controls = 产能类型
## 工厂筛选、筛选栏与时间轴（src/web/atlas/explore.rs、app.rs）

filters-title = 筛选工厂
filters-title-active = 筛选工厂（已启用{ $count }项）
filter-search = 搜索
filter-search-placeholder = 企业、厂址或国家
filter-segment = 业务环节
filter-segment-all = 全部业务环节
filter-status = 状态
filter-status-all = 全部状态
filter-region = 区域
filter-region-all = 全部区域
filter-country = 添加国家
filter-choose = 请选择…
filter-company = 添加企业
filter-company-placeholder = 输入以搜索
filter-announced = 宣布年份
filter-from = 从
filter-to = 至
filter-any = 不限
filter-owned = 仅限中资控股
filter-disclosed = 仅限已披露投资额
filter-bar = 筛选条件
filter-count-all = 显示全部{ $total }座工厂。点击柱形即可筛选所有视图。
filter-count = 显示{ $total }座工厂中的{ $shown }座
filter-remove = 移除筛选条件：{ $filter }
filter-clear = 全部清除
filter-none = 没有符合这些筛选条件的设施。
filter-show-all = 显示全部工厂
chip-year = { $year }年宣布
chip-years = { $from }–{ $to }年宣布
chip-disclosed = 已披露投资额
chip-text = “{ $text }”
region-south-central-asia = 南亚和中亚
region-sub-saharan-africa = 撒哈拉以南非洲
region-east-asia-oceania = 东亚和大洋洲
timeline = 时间轴
timeline-play = ▶ 播放
timeline-pause = ❚❚ 暂停
timeline-up-to = 截至{ $year }年
timeline-up-to-value = 截至{ $year }年
timeline-all = 全部年份
timeline-by = 工厂计入时间
timeline-by-announced = 自宣布之日起
timeline-by-production = 自投产之日起

## 所选工厂的关键数据（src/query/figures.rs）

figures = 所选工厂的关键数据
figure-plants = 座工厂
figure-plants-note = 均在海外，属于当前所选范围
figure-investment = 已宣布投资额
figure-investment-note = { $of }座中{ $stated }座已披露
figure-battery = 电池产能
figure-battery-value = { $value } GWh/年
figure-battery-note = { $of }座电芯工厂中{ $stated }座公布了产能
figure-vehicles = 辆/年
figure-vehicles-note = { $of }座整车组装厂中{ $stated }座公布了产能
figure-share = 投向电池领域
figure-share-value = { $value }%
figure-share-note = 电芯与电池材料占已披露投资额的比例

## 用键盘浏览地图上的工厂（src/map/browse.rs、web/shared/map_view.rs）

browse-title = 按地区和国家浏览工厂
browse-loading = 正在加载列表…
browse-hint = 按Tab键依次浏览各地区及其国家和工厂，地图随之移动；按Enter键打开；按Esc键返回上一级。
browse-group = { $count ->
        [0] { $name }：没有工厂
       *[other] { $name }：{ $count }座工厂，其中{ $operational }座已投产
    }

## 网址提示与嵌入（src/web/atlas/app.rs）

address-notice = 此链接的部分内容无法识别：
embed-sources = 来源：Rhodium Group与MERICS，据媒体报道；每座工厂均附来源。数据集版本{ $version }。
embed-open = 打开完整地图集
url-no-name = { $piece }缺少参数名，已忽略
url-unknown = { $key }不是本页的参数，已忽略
url-more = 另有{ $count }个参数无法识别，已忽略
url-escape = { $param }含有无效的%转义，已忽略
url-utf8 = { $param }解码后不是UTF-8文本，已忽略
url-view = { $param }不是有效的视图（{ $all }），已忽略
url-segment = { $param }不是有效的业务环节（{ $all }），已忽略
url-status = { $param }不是有效的状态（{ $all }），已忽略
url-region = { $param }不是有效的地区（{ $all }），已忽略
url-country = { $count ->
       *[other] { $param }：{ $wrong }不是有效的国家代码（两个字母，如HU），已忽略
    }
url-years = { $param }不是年份或年份范围（如2019-2025），已忽略
url-out-of-range = { $param }超出1990年至2100年的范围，已忽略
url-owned = { $param }不是有效的所有权筛选条件（chinese），已忽略
url-switch = { $param }不是开关值（1或0），已忽略
url-focus = { $param }不是有效的工厂编号（最多40个字母、数字、-和_），已忽略
url-step = { $param }不是有效的步骤编号（1、2……），显示第一步，已忽略
url-year = { $param }不是年份（如2024），已忽略
url-by = { $param }不是时间轴排序方式（announced、production），已忽略
url-map = { $param }不是地图视图（zoom,x,y，x和y介于-4与4之间），已忽略
url-theme = { $param }不是主题（light、dark），已忽略
url-lang = { $param }不是地图集支持的语言（{ $all }），已忽略

## 日期与其他货币（src/i18n/numbers.rs）

date-day-month-year = { $year }年{ $month }{ $day }日
# 欧元，单位与美元相同。
money-eur-large = { $amount }亿欧元
money-eur-small = { $amount }万欧元
# 其他货币的金额，按来源所报的百万计；此处以亿（100个百万）为单位：“55亿 BRL”。
money-code-unit = 100
money-code-millions = { $amount }亿 { $currency }

## 数据表（src/query/table.rs、src/web/atlas/table_view.rs）

table-title = 工厂一览表
table-subtitle = 当前所选范围共{ $count }座工厂。可按任一列排序；点击公司名称即可在地图上查看该工厂。
table-download-csv = 下载CSV
table-download-json = 下载JSON
table-pages = 分页
table-previous = ← 上一页
table-next = 下一页 →
table-no-rows = 没有数据
table-rows = 第{ $first }–{ $last }行，共{ $total }行
table-show-on-map = 在地图上查看
table-programme = { $value }（公司投资计划）
column-company = 公司
column-site = 厂址
column-country = 国家
column-segment = 业务环节
column-status = 状态
column-announced = 宣布年份
column-investment = 投资额（美元）
column-capacity = 产能

## 工厂详情（src/web/atlas/details.rs、src/query/details.rs）

details-close = 关闭详情
details-not-in-file = 已发布的数据文件中没有{ $id }（合成数据或载入的数据），没有更多信息可显示。
details-subtitle = { $site }，{ $country } · { $segment }
details-status = 状态
details-status-stale = 状态最后确认于{ $date }
details-status-as-of = 截至{ $date }
details-ownership = 所有权
details-ownership-share = { $ownership }（中方持股{ $share }%）
details-partner = 合作方
details-partner-none = 未提及
details-announced = 宣布年份
details-not-known = 不详
details-production = 投产时间
details-production-none = 尚未投产或不详
details-investment = 投资额
details-investment-converted = { $amount } ≈ { $usd }（{ $basis }）
details-basis-reported = 按原报道的美元金额
details-basis-converted = 按固定汇率换算
details-programme = 公司投资计划（涉及多座工厂或整个国家），并非该工厂的投资额，不计入工厂合计
details-capacity = 产能
details-location = 位置
details-location-none = 厂址不详
details-location-value = { $lat }, { $lon }（近似位置）
details-sources = 来源
details-source-read = 来源查阅于{ $date }。
details-citation-read = 查阅于{ $date }。
details-gives = 依据：{ $figures }
details-plant = 工厂编号{ $id }
# 来源所依据的各项之间的分隔符：“状态、投资额”
list-separator = 、
ownership-chinese_owned = 中资全资
ownership-joint_venture = 合资
ownership-minority_stake = 中方少数股权
ownership-licence = 中国技术授权
ownership-contract_assembly = 代工组装
ownership-unknown = 所有权未说明
backs-company = 公司
backs-site = 厂址
backs-segment = 业务环节
backs-status = 状态
backs-announced_year = 宣布年份
backs-production_start = 投产时间
backs-investment = 投资额
backs-capacity = 产能
backs-ownership = 所有权
backs-partner = 合作方
backs-coordinates = 位置

## 来源（src/web/atlas/sources.rs）

sources-title = 来源
sources-subtitle = 数据集版本{ $version }，数据截至{ $date }。{ $plants }座工厂的数据来自{ $pages }个网页；每项年度数据均有各自的来源。
sources-figures = 年度数据（{ $count }项）
sources-plants = 工厂（{ $count }个网页）
sources-derived = （推算）

## 分享（src/web/atlas/embed.rs）

share-title = 分享或嵌入此视图
share-link = 链接
share-copy = 复制链接
share-copied = 链接已复制。
share-select = 请选中链接后复制。
share-iframe = 嵌入代码（自适应iframe）
share-pym = 用Pym.js嵌入（框架自动调整高度；pym.v1.min.js取自npm包pym.js，须由您自行托管）

## 您的数据（src/web/atlas/import.rs；读取报告：src/model/input.rs、json_rows.rs、parse.rs）

data-intro = 载入一个工厂数据的CSV或JSON文件，其列须与{ $builtin }相同（参见{ $example }），或将文件拖放到页面任意位置。文件只留在您的浏览器中，不会上传。
data-builtin = 内置数据
data-example = 示例文件
data-reset = 恢复内置数据
data-showing-builtin = 正在显示内置数据（{ $count }处设施）。
data-showing-file = 正在显示{ $file }中的{ $count }处设施。
import-reading = 正在读取{ $file }…… { $percent }%
import-not-loaded = 未能载入{ $file }。
import-unchanged = 屏幕上的数据没有改变。
import-dismiss = 关闭
import-nothing = { $file }中没有可载入的内容：没有一行有效。屏幕上的数据没有改变。
import-loaded = 已从{ $file }载入{ $count }处设施
import-done = { $loaded }。
import-done-rejected = { $loaded }；{ $rejected }行被拒收。
import-more = ……另有{ $count }项。
import-download = 下载被拒收的{ $count }行（CSV）
problem-row = { $file }，第{ $row }行：{ $what }
problem-row-column = { $file }，第{ $row }行，{ $column }列：{ $what }
input-empty = 文件为空，没有可载入的内容。
input-too-large = 文件过大（{ $size } MB，上限为{ $limit } MB）。请拆分文件或删除不需要的列。
input-utf16 = 文件为UTF-16编码。请另存为UTF-8（Excel中选择“CSV UTF-8”）后重新载入。
input-not-utf8 = 文件不是UTF-8文本（第一个无效字节位于第{ $offset }位）。请另存为UTF-8（Excel中选择“CSV UTF-8”）后重新载入。
input-binary = 这不是文本文件。请载入工厂数据的CSV或JSON文件。
input-unknown = “{ $name }”看起来不是CSV或JSON。请载入与内置数据列相同的.csv或.json文件。
input-unreadable = 无法读取文件（{ $error }）。
json-invalid = “{ $name }”不是有效的JSON：{ $kind ->
        [eof] 文件在第{ $line }行第{ $column }列提前结束。
        [syntax] 第{ $line }行第{ $column }列有语法错误。
       *[data] 第{ $line }行第{ $column }列有无法读取的值。
    }
json-no-list = “{ $name }”中没有设施列表：应为[{ "{" }"id": …{ "}" }, …]或{ "{" }"facilities": [ … ]{ "}" }。
parse-header-unreadable = 无法读取表头：{ $error }
parse-file-empty = 文件为空
parse-header-none = 表头中没有任何预期的列；文件须包含以下列：{ $columns }
parse-header-lacks = { $count ->
        [1] 表头缺少{ $columns }列
       *[other] 表头缺少以下{ $count }列：{ $columns }
    }
parse-header-twice = 表头中{ $column }列出现了两次
parse-row-unreadable = 无法读取该行：{ $error }
parse-row-fields = 该行有{ $fields }个字段，而表头有{ $header }个
parse-no-plant = 数据中没有编号为“{ $id }”的工厂
parse-required = 为空，但此项必须填写
parse-give-both = 为空，但已填写{ $other }：两者须同时填写或同时留空
parse-usd-without-value = 为空，但已填写investment_usd_millions
parse-more-than-one-url = 含有多个网址：每个来源须单独一行
parse-not-one-of = “{ $value }”不是以下之一：{ $expected }
parse-names-not-one-of = “{ $value }”中的“{ $word }”不是以下之一：{ $expected }
parse-not-country = “{ $value }”不是ISO 3166-1两位字母代码（两个大写字母）
parse-not-currency = “{ $value }”不是ISO 4217货币代码（三个大写字母）
parse-not-number = “{ $value }”不是数字
parse-outside = “{ $value }”超出{ $low }…{ $high }的范围
parse-not-positive = “{ $value }”须为大于0的数字
parse-not-year = “{ $value }”不是1990至2100年之间的年份
parse-not-year-month = “{ $value }”不是年份（YYYY）或年月（YYYY-MM）
parse-not-period = “{ $value }”不是年份（2024）或年份区间（2014-2024）
parse-span-backwards = “{ $value }”是一个结束早于开始的区间
parse-not-url = “{ $value }”不是http(s)网址（多个网址以“ ; ”分隔）
parse-not-date = “{ $value }”不是日期（YYYY-MM-DD）
parse-not-month-or-date = “{ $value }”不是月份（YYYY-MM）或日期（YYYY-MM-DD）
parse-not-series = “{ $value }”不是序列名称（小写字母、数字和_）

## 国家：数据中的东道国，按ISO 3166-1两位字母代码（src/model/country.rs）

country-AR = 阿根廷
country-AT = 奥地利
country-AU = 澳大利亚
country-BO = 玻利维亚
country-BR = 巴西
country-BY = 白俄罗斯
country-CA = 加拿大
country-CD = 刚果（金）
country-CL = 智利
country-CZ = 捷克
country-DE = 德国
country-DZ = 阿尔及利亚
country-EG = 埃及
country-ES = 西班牙
country-ET = 埃塞俄比亚
country-FI = 芬兰
country-FR = 法国
country-GB = 英国
country-HU = 匈牙利
country-ID = 印度尼西亚
country-IN = 印度
country-JP = 日本
country-KE = 肯尼亚
country-KH = 柬埔寨
country-KR = 韩国
country-KZ = 哈萨克斯坦
country-MA = 摩洛哥
country-ML = 马里
country-MX = 墨西哥
country-MY = 马来西亚
country-NA = 纳米比亚
country-NG = 尼日利亚
country-PK = 巴基斯坦
country-PL = 波兰
country-PT = 葡萄牙
country-QA = 卡塔尔
country-RS = 塞尔维亚
country-RU = 俄罗斯
country-SA = 沙特阿拉伯
country-SE = 瑞典
country-SK = 斯洛伐克
country-TH = 泰国
country-TR = 土耳其
country-US = 美国
country-UZ = 乌兹别克斯坦
country-VN = 越南
country-ZA = 南非
country-ZW = 津巴布韦

## Story：故事模式（src/web/atlas/story.rs、src/story/mod.rs）

story-label = 故事
story-step = 第{ $n }步，共{ $count }步
story-dot = 第{ $n }步：{ $title }
story-sources = 来源
story-one-page = 整页阅读
story-previous = ← 上一步
story-next = 下一步 →
story-steps = 故事步骤
story-explore = 浏览完整地图集
story-unavailable = 无法显示故事：{ $why }。
story-no-steps = 故事没有任何步骤
story-step-before = step=0在第一步之前，现显示第1步
story-step-past = step={ $step }超出最后一步（第{ $last }步），现显示第{ $last }步
story-citing = { $publisher }，援引{ $who }
story-citing-report = { $publisher }，援引{ $who }（{ $date }的报告）
story-cited = { $credit }，{ $date }

## 故事各步骤的文字：data/story.csv英文原文的译文（story-<步骤>-title、-text、-annotation、-announce）
# 只写该步骤所引用的数字，数字、金额与百分比按本目录的写法（US$160亿、36.5%、15万辆）：tests/story_rules.rs
# 按中文写法读回并逐一核对。保留每个{ "{count:…}" }（应用在此填入工厂数）；企业、厂址名称与引语按来源原文。

story-1-title = 海外投资首超国内
story-1-text = 2024年，中国电动汽车产业链企业在海外投资约US$160亿，略高于在国内投入的US$150亿。这是Rhodium Group自2014年有记录以来，流向海外的资金首次超过国内；此前多年，约80%的资金都留在中国。
story-1-annotation = 2024年：海外US$160亿，国内US$150亿
story-1-announce = 图表：国内与海外投资，突出显示2024年

story-2-title = 国内投资急剧萎缩
story-2-text = 在国内，同一产业链的投资从2022年US$940亿的峰值（同一数据的其他报道称超过US$900亿）降至2023年的US$410亿和2024年的US$150亿。中国本土工厂的产能远未用足：2023年，电动汽车整车厂的产能利用率只有49%，电池工厂更是只有36.5%。
story-2-annotation = 2022年：国内投资峰值US$940亿
story-2-announce = 图表：国内与海外投资，突出显示2022年

story-3-title = 电池领跑出海
story-3-text = 大部分资金投向电池：2024年海外投资的74%用于电池，按本地图集的计算约为US$160亿中的US$118亿；在国内，这一比例为69%。CATL、Envision、Gotion等电池企业跟随Tesla、BMW等客户走向海外。本地图集收录了中国境外的{ "{count:segment=battery_cells}" }座电芯工厂和{ "{count:segment=battery_materials}" }座电池材料工厂，涵盖从宣布到取消的各个阶段。
story-3-annotation = 电池：海外资金的74%
story-3-announce = 图表：资金流向，按业务环节；地图集中有{ "{count:segment=battery_cells}" }座电芯工厂

story-4-title = 整车厂紧随其后
story-4-text = 整车工厂的投资额仍落在后面，但有关这项研究的报道称，海外整车厂投资增长迅速。整车组装本身没有公开数字：按本地图集的计算，它包含在海外除电池以外所有投资的剩余US$42亿之中。本地图集收录了海外{ "{count:segment=vehicle_assembly}" }座整车组装厂，其中{ "{count:segment=vehicle_assembly&status=operational}" }座已投产。
story-4-announce = 地图：{ "{count:segment=vehicle_assembly}" }座整车组装厂

story-5-title = 巴西成为新枢纽
story-5-text = 巴西是这一转向的缩影。2025年7月，BYD在巴伊亚州Camaçari的工厂投产；BYD为这一园区投资55亿雷亚尔，初期年产能为15万辆。Great Wall Motor随后于2025年8月在圣保罗州Iracemápolis的工厂投产，年产能最高可达5万辆。本地图集收录了巴西的{ "{count:country=BR}" }座工厂。
story-5-annotation = BYD Camaçari：2025年7月起投产
story-5-announce = 地图：巴西，{ "{count:country=BR}" }座工厂；突出显示BYD Camaçari

story-6-title = 欧洲：Douai与匈牙利集群
story-6-text = 在法国，Envision AESC于2025年6月为其位于Douai的电池工厂举行落成典礼，初期年产能10 GWh。匈牙利吸引的投资最多：2024年，中国对欧盟和英国的电动汽车相关投资有62%流向匈牙利，中国对欧盟和英国的全部直接投资也有31%投在那里。CATL正在Debrecen建设一座100 GWh的电芯工厂，BYD则在Szeged建设整车厂；本地图集收录了匈牙利的{ "{count:country=HU}" }座工厂。
story-6-annotation = AESC Douai：2025年6月落成
story-6-announce = 地图：欧洲，{ "{count:region=europe}" }座工厂；突出显示AESC Douai

story-7-title = 宣布不等于建成
story-7-text = 计划不等于工厂：中国企业在海外宣布的电动汽车制造项目只有25%已经完工，国内项目的这一比例则为45%。本地图集收录了{ "{count:status=cancelled}" }座已取消和{ "{count:status=paused}" }座已暂停的工厂，其中包括SVOLT位于萨尔州Überherrn、已于2024年放弃的电芯工厂，以及AESC在南卡罗来纳州Florence County投资US$16亿、于2025年6月暂停的工厂。
story-7-annotation = SVOLT Überherrn：2024年取消
story-7-announce = 图表：按业务环节和状态统计的工厂；突出显示SVOLT Überherrn

story-8-title = 为何出海建厂
story-8-text = 产能过剩和旷日持久的价格战挤压着国内利润；有关这项研究的报道还称，企业也希望通过在欧洲和美国当地建厂来规避惩罚性关税，而欧盟等市场日益加大的监管压力将促使更多企业在当地生产。Rhodium Group曾在2024年2月描述了这股在政治反弹声中兴起的投资热潮：2023年，中国电动汽车海外投资只有10%流向北美，四分之三流向欧洲、中东和北非以及亚洲。欧盟关税究竟带动了多少投资，没有公开数字。
story-8-announce = 图表：工厂分布，按东道国

story-9-title = 探索地图集
story-9-text = 本地图集收录了中国电动汽车产业企业的{ "{count:}" }座海外工厂，每座都附有来源及其原文；年度数字来自Rhodium Group和MERICS，以其报告和媒体发表的为准。没有来源给出数字的地方，地图集如实说明，而不作猜测。您可以在地图上打开任一工厂、筛选图表，或下载附有全部来源的数据。
story-9-announce = 概览：全部{ "{count:}" }座工厂
