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

## 网址提示与嵌入（src/web/atlas/app.rs）

address-notice = 此链接的部分内容无法识别：
embed-sources = 来源：Rhodium Group与MERICS，据媒体报道；每座工厂均附来源。数据集版本{ $version }。
embed-open = 打开完整地图集
