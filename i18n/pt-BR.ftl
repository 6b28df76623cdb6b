# O texto do atlas em português do Brasil. Tem todas as mensagens do catálogo de referência em inglês
# (i18n/en.ftl), com os mesmos placeholders (`cargo test` verifica). Valores dos dados (nomes de empresas
# e de locais, citações) não estão aqui: ficam como as fontes os escrevem.
#
# As mensagens até a linha "## Full atlas" são as da primeira tela, que só compila essas.

language-name = Português (Brasil)

## Números e datas: como esta língua os escreve (src/i18n/numbers.rs)

number-group = .
number-decimal = ,
# Dólares a partir da unidade grande (aqui, um bilhão) são escritos nessa unidade; abaixo dela, na pequena.
money-large-unit = 1000000000
money-large = US$ { $amount } bi
money-small-unit = 1000000
money-small = US$ { $amount } mi
date-month-year = { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## A página (texto estático do index.html, reescrito na língua do leitor)

page-title = Atlas dos Veículos Elétricos no Exterior: a indústria chinesa de carros elétricos fora da China
page-kicker = Atlas dos Veículos Elétricos no Exterior
page-headline = Indústria chinesa de carros elétricos já investe mais no exterior do que em casa
page-dek = Em 2024, as empresas chinesas da cadeia de suprimentos de veículos elétricos investiram mais em fábricas no exterior do que em fábricas na China, algo inédito desde o início da série histórica, em 2014. Veja os números e as fábricas.
page-language = Idioma
more-charts-title = Mais gráficos
more-charts-subtitle = Para onde vai o dinheiro, onde estão as fábricas, do anúncio à produção, e a capacidade: cada gráfico filtra o mapa.
more-charts-show = Mostrar os gráficos
your-data-title = Seus dados
your-data-subtitle = Carregue um arquivo CSV ou JSON com as colunas dos dados embutidos, ou solte-o na página. Nada é enviado.
your-data-example = Arquivo de exemplo
your-data-load = Carregar arquivo…
colophon-version = Versão do conjunto de dados
colophon-sources = Números: Rhodium Group, via Bloomberg, Reuters e CNBC; fábricas: cada dado com suas fontes. Valores ausentes aparecem como ausentes, nunca estimados.
colophon-download = Baixe os dados com todas as fontes:
colophon-plants-csv = fábricas (CSV)
colophon-figures-csv = números anuais (CSV)
show-sources = Mostrar todas as fontes

## Avisos sobre o endereço e os dados

# Texto vindo de outro lugar (o relatório de um analisador), reproduzido como está.
plain = { $text }
notice-unknown-language = O endereço pede o idioma “{ $tag }”, que o atlas não tem; a página é exibida em inglês.
notice-focus-unreadable = Não foi possível ler o parâmetro focus do endereço ({ $why }); o mapa inteiro é exibido.
notice-focus-no-site = A fábrica { $id } não tem local conhecido, por isso o mapa não pode mostrá-la.
notice-focus-unknown = focus={ $id }: nenhuma fábrica tem esse identificador; o mapa inteiro é exibido.
notice-basemap-unreadable = Não foi possível ler o mapa-base mundial ({ $error }); as fábricas são desenhadas sem ele.
notice-data-left-out = Parte dos dados embutidos não pôde ser lida e ficou de fora:
notice-benchmark = { $count ->
        [one] Modo de teste de desempenho: { $count } instalação sintética (não são dados reais). Remova ?n= do endereço para ver o atlas.
       *[other] Modo de teste de desempenho: { $count } instalações sintéticas (não são dados reais). Remova ?n= do endereço para ver o atlas.
    }

## O que não pôde ser carregado (src/web/page.js, que recebe estes textos já formatados: src/web/shared/lang.rs)

fault-retry = Tentar de novo
fault-reload = Recarregar
fault-newer = Uma versão mais nova do atlas foi publicada, e esta parte só existe nela.
fault-failed = Não foi possível carregar { $part }. O restante da página continua funcionando.
fault-slow = Está demorando para carregar { $part }.
fault-part-facility-map = o mapa detalhado
fault-part-show-charts = os outros gráficos
fault-part-details-root = os detalhes da fábrica
fault-part-sources-root = as fontes
fault-part-lang-picker = o seletor de idioma
fault-part-plant-lists = as listas de fábricas
fault-stopped = Ocorreu um erro, e o atlas parou de funcionar.
fault-stopped-detail = Recarregar a página costuma resolver. Se o problema se repetir, envie-nos este relatório:
fault-report = Relatório
fault-copy = Copiar o relatório

## Na China e no exterior (o primeiro gráfico)

side-home = Investido na China
side-abroad = Investido no exterior
home-abroad-title = Investimento na China e no exterior
home-abroad-subtitle = Investimento anual da cadeia chinesa de veículos elétricos, em bilhões de US$
home-abroad-unit = bilhões de US$
home-abroad-source = Rhodium Group (ago. 2025), segundo { $hosts }
home-abroad-empty = Não há números publicados de investimento na China e no exterior.
home-abroad-crossover = Em { $year }, as empresas chinesas da cadeia de veículos elétricos investiram pela primeira vez mais no exterior ({ $abroad }) do que na China ({ $home })
home-abroad-no-crossover = Nos números publicados, o investimento no exterior ainda não superou o investimento na China
home-abroad-peak = ; o investimento na China atingiu o pico de { $peak } em { $year }
# O fim de uma frase: "." (em zh-CN, "。")
sentence-end = .
home-abroad-year = Ano
home-abroad-note-na = n/d: não há número publicado para esse ano.
home-abroad-note-derived = { $side } em { $year }: ≈{ $value } é um valor calculado, não informado pela fonte ({ $quote }).
home-abroad-cell-derived = ≈{ $value } (calculado)
chart-na = n/d
no-published-figure = sem número publicado
home-abroad-mark = { $year } · { $side }: { $value } · fonte: { $source }
home-abroad-mark-derived = { $year } · { $side }: { $value } (calculado, não informado pela fonte) · fonte: { $source }
home-abroad-mark-missing = { $year } · { $side }: sem número publicado
home-abroad-crossover-long = { $year }: mais investimento no exterior
home-abroad-crossover-long-2 = ({ $abroad }) do que na China ({ $home })
home-abroad-crossover-short = { $year }: exterior { $abroad }
home-abroad-crossover-short-2 = > China { $home }

## A moldura de todos os gráficos

chart-keys = As setas do teclado passam de uma barra a outra.
chart-keys-filter = As setas do teclado passam de uma barra a outra; Enter filtra todas as visualizações pela barra, Esc limpa o filtro.
chart-click-filter = Clique para filtrar todas as visualizações
chart-click-clear = Clique de novo para limpar o filtro
chart-unit-sources = Unidade: { $unit }. Fontes: { $sources }.
chart-table = Os números em tabela

## O mapa

map-title = Onde estão as fábricas
map-all-plants = Todas as fábricas
map-zoom-in = Aproximar
map-zoom-out = Afastar
map-reset = Mostrar o mundo inteiro
map-list = As fábricas em lista
map-more = …e mais { $count }.
map-label = Mapa-múndi de { $count } instalações de empresas chinesas da indústria de veículos elétricos no exterior, coloridas por segmento{ $unlocated }. As setas movem o mapa, + e − controlam o zoom, 0 volta à vista inicial.
map-unlocated = ; outras { $count } não têm local conhecido
map-cluster = { $count ->
        [one] { $count } fábrica aqui
       *[other] { $count } fábricas aqui
    }
map-cluster-more = { $names } e mais { $count }
map-cluster-zoom = Clique para aproximar
map-announced = Anunciada em { $year }
map-announced-unknown = Anúncio: ano desconhecido
map-production-month = { $announced } · em produção desde { $date }
map-production-year = { $announced } · em produção desde { $year }
map-investment = Investimento: { $value }
map-capacity = Capacidade: { $value }
not-disclosed = não divulgado
map-subtitle = { $count } fábricas de empresas chinesas da indústria de veículos elétricos no exterior, por segmento
map-regions = Mostrar uma região
map-legend-segments = Cor: segmento
map-legend-size = Tamanho: investimento anunciado
map-legend-status = Preenchimento: situação
map-legend-cluster = fábricas próximas: clique para aproximar
map-legend-count = { $segment } ({ $count })
map-how = Arraste ou use as setas do teclado para mover; role, faça o movimento de pinça ou use + e − para o zoom. Cada ponto é uma fábrica, na posição aproximada de sua cidade. Mapa-base: Natural Earth (domínio público). Cada fábrica tem sua própria fonte nos dados.
map-in-view = { $count ->
        [0] Nenhuma fábrica à vista
        [one] 1 fábrica à vista, { $operational } em operação
       *[other] { $count } fábricas à vista, { $operational } em operação
    }
map-in-view-largest = ; o maior investimento divulgado: { $company }, { $city }, { $value }
region-world = Mundo
region-europe = Europa
region-southeast-asia = Sudeste Asiático
region-americas = Américas
region-mena = Oriente Médio e Norte da África

## Segmentos, situações e unidades dos dados

segment-battery_cells = Células de bateria
segment-battery_materials = Materiais de bateria
segment-vehicle_assembly = Montagem de veículos
segment-components = Componentes
status-announced = Anunciada
status-under_construction = Em construção
status-operational = Em operação
status-paused = Suspensa
status-cancelled = Cancelada
unit-vehicles = veículos/ano
unit-GWh = GWh/ano
unit-t = t/ano
unit-units = unidades/ano

## Full atlas

## Os valores, as marcas e a tabela dos gráficos de barras (src/chart/bars.rs)

chart-empty = Nenhuma fábrica corresponde a estes filtros
chart-table-total = Total
chart-table-note = Observação
chart-mark = { $series } · { $category }: { $value }
chart-mark-none = { $category }: sem valor
value-gwh-yr = { $amount } GWh/ano
value-gwh = { $amount } GWh
value-percent = { $amount }%
value-plants = { $count ->
        [one] { $count } fábrica
       *[other] { $count } fábricas
    }
value-vehicles-yr = { $count } veículos/ano
count-large-unit = 1000000
count-large = { $amount } mi
count-small-unit = 1000
count-small = { $amount } mil
chart-download = Baixar PNG
chart-download-sources = Fontes: { $sources } · Atlas dos Veículos Elétricos no Exterior

## Os quatro gráficos do atlas completo (src/chart/segments.rs, places.rs, pipeline.rs, capacity.rs)

list-more = { $head }, { $next }
list-last = { $head } e { $last }
list-and-more = { $list } e mais { $count }
chart-about = cerca de { $value }
chart-source-plants = as fontes de cada fábrica, em seus detalhes
chart-unit-plants = fábricas
chart-unit-usd = US$ (anunciados)
chart-no-plants = Nenhuma fábrica corresponde a estes filtros.
chart-no-money = Nenhum investimento anunciado foi divulgado para estas fábricas.
chart-disclosed = { $plants ->
        [one] { $disclosed } de 1 fábrica com valor divulgado
       *[other] { $disclosed } de { $plants } fábricas com valor divulgado
    }

segments-title = Para onde vai o dinheiro
segments-subtitle = Investimento anunciado em fábricas no exterior, por ano do anúncio e segmento (US$); valor divulgado para { $disclosed } de { $plants } fábricas
segments-subtitle-undated = Investimento anunciado em fábricas no exterior, por ano do anúncio e segmento (US$); valor divulgado para { $disclosed } de { $plants } fábricas; { $undated ->
        [one] { $undated } sem ano de anúncio fica de fora
       *[other] { $undated } sem ano de anúncio ficam de fora
    }
segments-none = nenhuma fábrica anunciada
segments-note-share = Dado publicado: as baterias representaram { $share } do investimento da cadeia de suprimentos chinesa de veículos elétricos no exterior em { $period } ({ $host }).
segments-source-share = as fontes de cada fábrica, em seus detalhes; participação das baterias: { $host }
segments-summary = Fábricas de células e de materiais de bateria respondem por { $share } dos { $total } em investimento anunciado divulgados por { $disclosed } das { $dated } fábricas com ano de anúncio.
segments-summary-peak = Fábricas de células e de materiais de bateria respondem por { $share } dos { $total } em investimento anunciado divulgados por { $disclosed } das { $dated } fábricas com ano de anúncio; o maior volume foi anunciado em { $year } ({ $amount }).
segments-summary-peak-segment = Fábricas de células e de materiais de bateria respondem por { $share } dos { $total } em investimento anunciado divulgados por { $disclosed } das { $dated } fábricas com ano de anúncio; o maior volume foi anunciado em { $year } ({ $amount }, sobretudo em { $segment }).

places-title = Onde ficam as fábricas
places-subtitle-count-country = Fábricas no exterior por país de destino e segmento
places-subtitle-count-region = Fábricas no exterior por região de destino e segmento
places-subtitle-money-country = Investimento anunciado e divulgado (US$) por país de destino e segmento
places-subtitle-money-region = Investimento anunciado e divulgado (US$) por região de destino e segmento
places-subtitle-left-out = { $subtitle }; { $left }
places-left-out-country = { $count ->
        [one] { $count } país cujas fábricas não divulgam valores fica de fora
       *[other] { $count } países cujas fábricas não divulgam valores ficam de fora
    }
places-left-out-region = { $count ->
        [one] { $count } região cujas fábricas não divulgam valores fica de fora
       *[other] { $count } regiões cujas fábricas não divulgam valores ficam de fora
    }
places-countries = { $count ->
        [one] { $count } país
       *[other] { $count } países
    }
places-regions = { $count ->
        [one] { $count } região
       *[other] { $count } regiões
    }
places-others-country = Outros ({ $count ->
        [one] { $count } país
       *[other] { $count } países
    })
places-others-region = Outras ({ $count ->
        [one] { $count } região
       *[other] { $count } regiões
    })
places-others-note = { $places }; { $disclosed }
places-lead-count = Mais fábricas: { $place } ({ $value })
places-lead-count-tie = Mais fábricas: { $places } ({ $value } cada)
places-lead-money = Mais investimento divulgado: { $place } ({ $value })
places-lead-money-tie = Mais investimento divulgado: { $places } ({ $value } cada)
places-next = { $place } ({ $value })
places-then = { $lead }, depois { $next }
places-summary = { $lead }; { $total } em { $places } no total.
places-by-country = Por país
places-by-region = Por região
places-measure-count = Fábricas
places-measure-money = Investimento
places-controls = Agrupar e medir

pipeline-title = Do anúncio à produção
pipeline-subtitle = Fábricas no exterior por segmento e situação, segundo a fonte mais recente de cada uma
pipeline-in-all = { $count ->
        [one] { $count } fábrica no total
       *[other] { $count } fábricas no total
    }
pipeline-note-both = Dado publicado: { $abroad } dos projetos de fabricação de veículos elétricos anunciados por empresas chinesas no exterior foram concluídos, contra { $home } dos anunciados na China ({ $period }; { $host }).
pipeline-note-abroad = Dado publicado: { $share } dos projetos de fabricação de veículos elétricos anunciados por empresas chinesas no exterior foram concluídos ({ $period }; { $host }).
pipeline-note-home = Dado publicado: { $share } dos projetos de fabricação de veículos elétricos anunciados por empresas chinesas na China foram concluídos ({ $period }; { $host }).
pipeline-note-operational = Das { $plants } fábricas mostradas, { $operational ->
        [one] { $operational } está em operação
       *[other] { $operational } estão em operação
    } ({ $share }).
pipeline-source-rates = as fontes de cada fábrica, em seus detalhes; taxas de conclusão: { $hosts }
pipeline-summary = { $operational } de { $plants } fábricas estão em operação ({ $share }); { $coming } estão anunciadas ou em construção e { $stopped }, suspensas ou canceladas.
pipeline-summary-coming = { $operational } de { $plants } fábricas estão em operação ({ $share }); { $coming } estão anunciadas ou em construção e { $stopped }, suspensas ou canceladas; o segmento com mais fábricas por vir é { $segment } ({ $most }).

capacity-title = Capacidade
capacity-kind-battery = de baterias
capacity-kind-vehicles = de montagem de veículos
capacity-unit-battery = GWh por ano
capacity-unit-vehicles = veículos por ano
capacity-subtitle = Capacidade anual { $kind } declarada das fábricas no exterior, por região de destino: em operação, e anunciada ou em construção
capacity-pipeline = Anunciada ou em construção
capacity-states = { $plants ->
        [one] { $stating } de 1 fábrica declara capacidade
       *[other] { $stating } de { $plants } fábricas declaram capacidade
    }
capacity-note-stated = Capacidade { $kind } declarada: { $operational } em operação e { $pipeline } anunciados ou em construção, segundo { $stating } de { $plants } fábricas.
capacity-note-stopped = { $count ->
        [one] Fica de fora { $count } fábrica suspensa ou cancelada
       *[other] Ficam de fora { $count } fábricas suspensas ou canceladas
    } ({ $capacity }).
capacity-note-unplaced = { $count ->
        [one] Fica de fora { $count } fábrica em país fora das regiões do atlas.
       *[other] Ficam de fora { $count } fábricas em países fora das regiões do atlas.
    }
capacity-summary = Maior capacidade { $kind } declarada: { $region } ({ $capacity }, dos quais { $operational } em operação); { $total } no total, segundo { $stating } de { $plants } fábricas.
capacity-summary-none = Nenhuma capacidade { $kind } declarada para estas fábricas.
capacity-battery = Baterias (GWh/ano)
capacity-vehicles = Veículos (por ano)
capacity-controls = Tipo de capacidade
## Filtros, barra de filtros e linha do tempo (src/web/atlas/explore.rs, app.rs)

filters-title = Filtrar as fábricas
filters-title-active = Filtrar as fábricas ({ $count } ativos)
filter-search = Buscar
filter-search-placeholder = Empresa, local ou país
filter-segment = Segmento
filter-segment-all = Todos os segmentos
filter-status = Situação
filter-status-all = Todas as situações
filter-region = Região
filter-region-all = Todas as regiões
filter-country = Adicionar um país
filter-choose = Escolha…
filter-company = Adicionar uma empresa
filter-company-placeholder = Digite para buscar
filter-announced = Anunciadas
filter-from = de
filter-to = até
filter-any = qualquer
filter-owned = Só de controle chinês
filter-disclosed = Só com investimento divulgado
filter-bar = Filtros
filter-count-all = Mostrando todas as { $total } fábricas. Clique em uma barra para filtrar todas as visões.
filter-count = Mostrando { $shown } de { $total } fábricas
filter-remove = Remover filtro: { $filter }
filter-clear = Limpar tudo
filter-none = Nenhuma instalação atende a esses filtros.
filter-show-all = Mostrar todas as fábricas
chip-year = Anunciadas em { $year }
chip-years = Anunciadas de { $from } a { $to }
chip-disclosed = Investimento divulgado
chip-text = “{ $text }”
region-south-central-asia = Sul e Centro da Ásia
region-sub-saharan-africa = África Subsaariana
region-east-asia-oceania = Leste da Ásia e Oceania
timeline = Linha do tempo
timeline-play = ▶ Reproduzir
timeline-pause = ❚❚ Pausar
timeline-up-to = Até { $year }
timeline-up-to-value = até { $year }
timeline-all = Todos os anos
timeline-by = Contar as fábricas a partir
timeline-by-announced = do anúncio
timeline-by-production = do início da produção

## Números-chave da seleção (src/query/figures.rs)

figures = Números-chave desta seleção
figure-plants = fábricas
figure-plants-note = no exterior, nesta seleção
figure-investment = investimento anunciado
figure-investment-note = { $stated } de { $of } divulgados
figure-battery = capacidade de baterias
figure-battery-value = { $value } GWh/ano
figure-battery-note = { $stated } de { $of } fábricas de células informam
figure-vehicles = veículos por ano
figure-vehicles-note = { $stated } de { $of } montadoras informam
figure-share = disso em baterias
figure-share-value = { $value }%
figure-share-note = células e materiais, do investimento divulgado

## As fábricas do mapa pelo teclado (src/map/browse.rs, web/shared/map_view.rs)

browse-title = As fábricas por região e país
browse-loading = Carregando as listas…
browse-hint = Tab percorre as regiões, seus países e fábricas, e o mapa acompanha; Enter abre uma; Esc volta um nível.
browse-group = { $count ->
        [0] { $name }: nenhuma fábrica
        [one] { $name }: 1 fábrica, { $operational } em operação
       *[other] { $name }: { $count } fábricas, { $operational } em operação
    }

## O aviso do endereço e a incorporação (src/web/atlas/app.rs)

address-notice = Parte deste link não pôde ser entendida:
embed-sources = Fontes: Rhodium Group e MERICS, via imprensa; cada fábrica com suas fontes. Conjunto de dados { $version }.
embed-open = Abrir o atlas completo
url-no-name = { $piece } não tem nome de parâmetro; ignorado
url-unknown = { $key } não é um parâmetro desta página; ignorado
url-more = { $count ->
        [one] Mais 1 parâmetro não pôde ser entendido; ignorado
       *[other] Mais { $count } parâmetros não puderam ser entendidos; ignorados
    }
url-escape = { $param } tem um escape % inválido; ignorado
url-utf8 = { $param } não é texto UTF-8 depois de decodificado; ignorado
url-view = { $param } não é uma visualização ({ $all }); ignorado
url-segment = { $param } não é um segmento ({ $all }); ignorado
url-status = { $param } não é uma situação ({ $all }); ignorado
url-region = { $param } não é uma região ({ $all }); ignorado
url-country = { $count ->
        [one] { $param }: { $wrong } não é um código de país (duas letras, como HU); ignorado
       *[other] { $param }: { $wrong } não são códigos de país (duas letras, como HU); ignorado
    }
url-years = { $param } não é um ano nem um intervalo de anos (como 2019-2025); ignorado
url-out-of-range = { $param } está fora dos anos de 1990 a 2100; ignorado
url-owned = { $param } não é um filtro de controle acionário (chinese); ignorado
url-switch = { $param } não é um interruptor (1 ou 0); ignorado
url-focus = { $param } não é um identificador de fábrica (até 40 letras, algarismos, - e _); ignorado
url-step = { $param } não é um número de etapa (1, 2, …); mostrando a primeira etapa; ignorado
url-year = { $param } não é um ano (como 2024); ignorado
url-by = { $param } não é uma ordem da linha do tempo (announced, production); ignorado
url-map = { $param } não é uma vista do mapa (zoom,x,y com x e y entre -4 e 4); ignorado
url-theme = { $param } não é um tema (light, dark); ignorado
url-lang = { $param } não é um idioma do atlas ({ $all }); ignorado

## Datas e outras moedas (src/i18n/numbers.rs)

date-day-month-year = { $day } de { $month } de { $year }
# Euros, nas mesmas unidades que o dólar.
money-eur-large = € { $amount } bi
money-eur-small = € { $amount } mi
# Um valor em outra moeda, em milhões, como a fonte o informa: "BRL 5.500 milhões" (o valor é contado em
# unidades de `money-code-unit` milhões).
money-code-unit = 1
money-code-millions = { $currency } { $amount } milhões

## A tabela (src/query/table.rs, src/web/atlas/table_view.rs)

table-title = As fábricas em uma tabela
table-subtitle = { $count ->
        [one] { $count } fábrica nesta seleção. Ordene por qualquer coluna; a empresa abre a fábrica no mapa.
       *[other] { $count } fábricas nesta seleção. Ordene por qualquer coluna; a empresa abre a fábrica no mapa.
    }
table-download-csv = Baixar CSV
table-download-json = Baixar JSON
table-pages = Páginas
table-previous = ← Anterior
table-next = Próxima →
table-no-rows = Nenhuma linha
table-rows = Linhas { $first }–{ $last } de { $total }
table-show-on-map = Mostrar no mapa
table-programme = { $value } (programa da empresa)
column-company = Empresa
column-site = Local
column-country = País
column-segment = Segmento
column-status = Situação
column-announced = Anúncio
column-investment = Investimento (US$)
column-capacity = Capacidade

## O painel de detalhes (src/web/atlas/details.rs, src/query/details.rs)

details-close = Fechar detalhes
details-not-in-file = { $id } não está no arquivo de dados publicado (dados sintéticos ou carregados): não há mais nada a mostrar.
details-subtitle = { $site }, { $country } · { $segment }
details-status = Situação
details-status-stale = situação confirmada pela última vez em { $date }
details-status-as-of = em { $date }
details-ownership = Controle
details-ownership-share = { $ownership } ({ $share }% chinês)
details-partner = Parceiro
details-partner-none = nenhum citado
details-announced = Anúncio
details-not-known = desconhecido
details-production = Início da produção
details-production-none = ainda não, ou desconhecido
details-investment = Investimento
details-investment-converted = { $amount } ≈ { $usd } ({ $basis })
details-basis-reported = em dólares, como informado
details-basis-converted = convertido a uma taxa fixa
details-programme = um programa da empresa (várias fábricas ou um país inteiro), não o custo desta fábrica: fica fora dos totais por fábrica
details-capacity = Capacidade
details-location = Localização
details-location-none = local desconhecido
details-location-value = { $lat }, { $lon } (aproximada)
details-sources = Fontes
details-source-read = Fonte consultada em { $date }.
details-citation-read = Consultada em { $date }.
details-gives = Informa: { $figures }
details-plant = Fábrica { $id }
# O que separa os dados que uma fonte informa: "situação, investimento"
list-separator = { ", " }
ownership-chinese_owned = Controle chinês
ownership-joint_venture = Joint venture
ownership-minority_stake = Participação minoritária chinesa
ownership-licence = Licença de tecnologia chinesa
ownership-contract_assembly = Montagem sob contrato
ownership-unknown = Controle não informado
backs-company = empresa
backs-site = local
backs-segment = segmento
backs-status = situação
backs-announced_year = ano do anúncio
backs-production_start = início da produção
backs-investment = investimento
backs-capacity = capacidade
backs-ownership = controle
backs-partner = parceiro
backs-coordinates = localização

## Fontes (src/web/atlas/sources.rs)

sources-title = Fontes
sources-subtitle = Versão do conjunto de dados { $version }, dados de { $date }. { $pages } páginas sustentam as { $plants } fábricas; cada número anual tem a sua própria fonte.
sources-figures = Números anuais ({ $count })
sources-plants = Fábricas ({ $count } páginas)
sources-derived = (calculado)

## Compartilhar (src/web/atlas/embed.rs)

share-title = Compartilhar ou incorporar esta visão
share-link = Link
share-copy = Copiar link
share-copied = Link copiado.
share-select = Selecione o link e copie-o.
share-iframe = Incorporar (iframe responsivo)
share-pym = Incorporar com Pym.js (o quadro ajusta a própria altura; pym.v1.min.js do pacote npm pym.js, hospedado por você)

## Seus dados (src/web/atlas/import.rs; o relatório da leitura: src/model/input.rs, json_rows.rs, parse.rs)

data-intro = Carregue um arquivo CSV ou JSON de fábricas com as colunas { $builtin } (veja o { $example }), ou solte-o em qualquer lugar da página. Ele fica no seu navegador: nada é enviado.
data-builtin = dos dados incluídos
data-example = arquivo de exemplo
data-reset = Voltar aos dados incluídos
data-showing-builtin = Mostrando os dados incluídos ({ $count } fábricas).
data-showing-file = { $count ->
        [one] Mostrando { $count } fábrica de { $file }.
       *[other] Mostrando { $count } fábricas de { $file }.
    }
import-reading = Lendo { $file }… { $percent }%
import-not-loaded = { $file } não foi carregado.
import-unchanged = Os dados na tela não mudaram.
import-dismiss = Fechar
import-nothing = Nada foi carregado de { $file }: nenhuma linha é válida. Os dados na tela não mudaram.
import-loaded = { $count ->
        [one] { $count } fábrica carregada de { $file }
       *[other] { $count } fábricas carregadas de { $file }
    }
import-done = { $loaded }.
import-done-rejected = { $rejected ->
        [one] { $loaded }; { $rejected } linha foi rejeitada.
       *[other] { $loaded }; { $rejected } linhas foram rejeitadas.
    }
import-more = …e mais { $count }.
import-download = { $count ->
        [one] Baixar a { $count } linha rejeitada (CSV)
       *[other] Baixar as { $count } linhas rejeitadas (CSV)
    }
problem-row = { $file }, linha { $row }: { $what }
problem-row-column = { $file }, linha { $row }, coluna { $column }: { $what }
input-empty = O arquivo está vazio: não há nada a carregar.
input-too-large = O arquivo é grande demais ({ $size } MB; o limite é { $limit } MB). Divida-o ou remova as colunas de que não precisa.
input-utf16 = O arquivo está em UTF-16. Salve-o como UTF-8 (no Excel: "CSV UTF-8") e carregue-o de novo.
input-not-utf8 = O arquivo não é texto UTF-8 (o primeiro byte inválido está na posição { $offset }). Salve-o como UTF-8 (no Excel: "CSV UTF-8") e carregue-o de novo.
input-binary = Este não é um arquivo de texto. Carregue um arquivo CSV ou JSON de fábricas.
input-unknown = "{ $name }" não parece CSV nem JSON. Carregue um arquivo .csv ou .json com as colunas dos dados incluídos.
input-unreadable = Não foi possível ler o arquivo ({ $error }).
json-invalid = "{ $name }" não é um JSON válido: { $kind ->
        [eof] termina antes do fim (linha { $line }, coluna { $column }).
        [syntax] erro de sintaxe na linha { $line }, coluna { $column }.
       *[data] um valor ilegível na linha { $line }, coluna { $column }.
    }
json-no-list = "{ $name }" não contém uma lista de fábricas: esperava-se [{ "{" }"id": …{ "}" }, …] ou { "{" }"facilities": [ … ]{ "}" }.
parse-header-unreadable = não foi possível ler o cabeçalho: { $error }
parse-file-empty = o arquivo está vazio
parse-header-none = o cabeçalho não tem nenhuma das colunas esperadas; um arquivo precisa ter: { $columns }
parse-header-lacks = { $count ->
        [one] o cabeçalho não tem a coluna { $columns }
       *[other] o cabeçalho não tem as colunas { $columns }
    }
parse-header-twice = o cabeçalho traz a coluna { $column } duas vezes
parse-row-unreadable = não foi possível ler a linha: { $error }
parse-row-fields = { $fields ->
        [one] tem { $fields } campo, o cabeçalho tem { $header }
       *[other] tem { $fields } campos, o cabeçalho tem { $header }
    }
parse-no-plant = '{ $id }' não corresponde a nenhuma fábrica dos dados
parse-required = está vazio, mas é obrigatório
parse-give-both = está vazio, mas { $other } foi preenchido: preencha os dois ou nenhum
parse-usd-without-value = está vazio, mas investment_usd_millions foi preenchido
parse-more-than-one-url = traz mais de uma URL: dê a cada fonte a sua própria linha
parse-not-one-of = '{ $value }' não é um dos valores aceitos: { $expected }
parse-names-not-one-of = '{ $value }' cita '{ $word }', que não é um dos valores aceitos: { $expected }
parse-not-country = '{ $value }' não é um código ISO 3166-1 alfa-2 (duas letras maiúsculas)
parse-not-currency = '{ $value }' não é um código de moeda ISO 4217 (três letras maiúsculas)
parse-not-number = '{ $value }' não é um número
parse-outside = '{ $value }' está fora do intervalo { $low }…{ $high }
parse-not-positive = '{ $value }' precisa ser um número maior que 0
parse-not-year = '{ $value }' não é um ano entre 1990 e 2100
parse-not-year-month = '{ $value }' não é um ano (AAAA) nem ano e mês (AAAA-MM)
parse-not-period = '{ $value }' não é um ano (2024) nem um intervalo de anos (2014-2024)
parse-span-backwards = '{ $value }' é um intervalo que termina antes de começar
parse-not-url = '{ $value }' não é uma URL http(s) (várias são separadas por ' ; ')
parse-not-date = '{ $value }' não é uma data (AAAA-MM-DD)
parse-not-month-or-date = '{ $value }' não é um mês (AAAA-MM) nem uma data (AAAA-MM-DD)
parse-not-series = '{ $value }' não é um nome de série (letras minúsculas, dígitos e _)

## Países: os países anfitriões dos dados, pelo código ISO 3166-1 alfa-2 (src/model/country.rs)

country-AR = Argentina
country-AT = Áustria
country-AU = Austrália
country-BO = Bolívia
country-BR = Brasil
country-BY = Belarus
country-CA = Canadá
country-CD = República Democrática do Congo
country-CL = Chile
country-CZ = Tchéquia
country-DE = Alemanha
country-DZ = Argélia
country-EG = Egito
country-ES = Espanha
country-ET = Etiópia
country-FI = Finlândia
country-FR = França
country-GB = Reino Unido
country-HU = Hungria
country-ID = Indonésia
country-IN = Índia
country-JP = Japão
country-KE = Quênia
country-KH = Camboja
country-KR = Coreia do Sul
country-KZ = Cazaquistão
country-MA = Marrocos
country-ML = Mali
country-MX = México
country-MY = Malásia
country-NA = Namíbia
country-NG = Nigéria
country-PK = Paquistão
country-PL = Polônia
country-PT = Portugal
country-QA = Catar
country-RS = Sérvia
country-RU = Rússia
country-SA = Arábia Saudita
country-SE = Suécia
country-SK = Eslováquia
country-TH = Tailândia
country-TR = Turquia
country-US = Estados Unidos
country-UZ = Uzbequistão
country-VN = Vietnã
country-ZA = África do Sul
country-ZW = Zimbábue

## Story: a reportagem (src/web/atlas/story.rs, src/story/mod.rs)

story-label = Reportagem
story-step = Etapa { $n } de { $count }
story-dot = Etapa { $n }: { $title }
story-sources = Fontes
story-one-page = Ler como uma página
story-previous = ← Anterior
story-next = Próxima →
story-steps = Etapas da reportagem
story-explore = Explorar o atlas completo
story-unavailable = Não foi possível mostrar a reportagem: { $why }.
story-no-steps = a reportagem não tem etapas
story-step-before = step=0 vem antes da primeira etapa; mostrando a etapa 1
story-step-past = step={ $step } passa da última etapa ({ $last }); mostrando a etapa { $last }
story-citing = { $publisher }, citando { $who }
story-citing-report = { $publisher }, citando { $who } (relatório de { $date })
story-cited = { $credit }, { $date }

## As palavras de cada etapa: tradução do inglês de data/story.csv (story-<etapa>-title, -text, -annotation, -announce)
# Só os números que a etapa cita, escritos como este catálogo os escreve (US$ 16 bi, 36,5%, 150.000):
# tests/story_rules.rs os lê de volta e confere cada um. Mantenha cada { "{count:…}" } (o app põe ali o número
# de fábricas); nomes de empresas e de locais e as citações ficam como as fontes os escrevem.

story-1-title = O exterior passa à frente
story-1-text = Em 2024, as empresas chinesas da cadeia de veículos elétricos investiram cerca de US$ 16 bi no exterior, pouco acima dos US$ 15 bi aplicados na China. Foi a primeira vez desde o início dos registros do Rhodium Group, em 2014, que mais dinheiro foi para fora, depois de anos em que cerca de 80% dos recursos ficavam no país.
story-1-annotation = 2024: US$ 16 bi fora, US$ 15 bi na China
story-1-announce = Gráfico: investimento na China e no exterior, com 2024 em destaque

story-2-title = O investimento na China despenca
story-2-text = Na China, o investimento da mesma cadeia caiu de um pico de US$ 94 bi em 2022 (outros relatos dos mesmos dados falam em mais de US$ 90 bi) para US$ 41 bi em 2023 e US$ 15 bi em 2024. As fábricas do próprio país trabalhavam muito abaixo da capacidade: em 2023, as montadoras de veículos elétricos usavam 49% dela, e as fábricas de baterias, 36,5%.
story-2-annotation = 2022: pico de US$ 94 bi na China
story-2-announce = Gráfico: investimento na China e no exterior, com 2022 em destaque

story-3-title = As baterias abrem caminho
story-3-text = As baterias levam a maior parte do dinheiro: 74% do investimento no exterior em 2024, cerca de US$ 11,8 bi dos US$ 16 bi pelas contas do atlas, contra 69% na China. Fabricantes de baterias como CATL, Envision e Gotion seguiram clientes como Tesla e BMW para fora do país. O atlas lista { "{count:segment=battery_cells}" } fábricas de células de bateria e { "{count:segment=battery_materials}" } de materiais para baterias fora da China, das anunciadas às canceladas.
story-3-annotation = Baterias: 74% do dinheiro no exterior
story-3-announce = Gráfico: para onde vai o dinheiro, por segmento; { "{count:segment=battery_cells}" } fábricas de células de bateria no atlas

story-4-title = As montadoras vêm atrás
story-4-text = As fábricas de automóveis ficam atrás em dinheiro, mas relatos do estudo dizem que o investimento em montadoras no exterior cresce rápido. Não há número publicado só para a montagem: ela faz parte dos US$ 4,2 bi restantes, pelas contas do atlas, aplicados no exterior em tudo o que não é bateria. O atlas lista { "{count:segment=vehicle_assembly}" } fábricas de montagem de veículos no exterior, { "{count:segment=vehicle_assembly&status=operational}" } delas em produção.
story-4-announce = Mapa: { "{count:segment=vehicle_assembly}" } fábricas de montagem de veículos

story-5-title = O Brasil vira um polo
story-5-text = O Brasil mostra a virada. A BYD começou a produzir em Camaçari, na Bahia, em julho de 2025, num complexo em que investe R$ 5,5 bilhões, com capacidade inicial para 150.000 veículos por ano. A Great Wall Motor veio em agosto de 2025, com a fábrica de Iracemápolis, em São Paulo, capaz de produzir até 50.000 veículos por ano. O atlas lista { "{count:country=BR}" } fábricas no Brasil.
story-5-annotation = BYD Camaçari: produz desde julho de 2025
story-5-announce = Mapa: Brasil, { "{count:country=BR}" } fábricas; BYD Camaçari em destaque

story-6-title = Europa: Douai e o polo húngaro
story-6-text = Na França, a Envision AESC inaugurou sua fábrica de baterias em Douai em junho de 2025, com 10 GWh por ano para começar. A Hungria é quem mais atrai: 62% do investimento chinês ligado a veículos elétricos na UE e no Reino Unido em 2024, e 31% de todo o investimento direto chinês na região. A CATL constrói uma fábrica de células de 100 GWh em Debrecen, e a BYD, uma fábrica de carros em Szeged; o atlas lista { "{count:country=HU}" } fábricas na Hungria.
story-6-annotation = AESC Douai: inaugurada em junho de 2025
story-6-announce = Mapa: Europa, { "{count:region=europe}" } fábricas; AESC Douai em destaque

story-7-title = Anunciar não é construir
story-7-text = Plano não é fábrica: só 25% dos projetos de fabricação de veículos elétricos que empresas chinesas anunciaram no exterior foram concluídos, contra 45% dos projetos na China. O atlas lista { "{count:status=cancelled}" } fábricas canceladas e { "{count:status=paused}" } suspensas, entre elas a fábrica de células da SVOLT em Überherrn, no Sarre, abandonada em 2024, e a fábrica de US$ 1,6 bi da AESC em Florence County, na Carolina do Sul, suspensa em junho de 2025.
story-7-annotation = SVOLT Überherrn: cancelada em 2024
story-7-announce = Gráfico: fábricas por segmento e situação; SVOLT Überherrn em destaque

story-8-title = Por que produzir lá fora
story-8-text = A capacidade ociosa e uma longa guerra de preços apertam as margens na China, e relatos do estudo dizem que as empresas também buscam driblar tarifas punitivas na Europa e nos EUA produzindo lá; a pressão regulatória crescente em mercados como a UE, acrescentam, vai levar mais delas a produzir localmente. O Rhodium Group já havia descrito o boom em meio à crescente reação política em fevereiro de 2024: em 2023, só 10% do investimento chinês em veículos elétricos no exterior foi para a América do Norte, e três quartos foram para a Europa, o Oriente Médio e o Norte da África e a Ásia. Não há número publicado sobre quanto investimento as tarifas da UE deslocaram.
story-8-announce = Gráfico: onde estão as fábricas, por país anfitrião

story-9-title = Explore o atlas
story-9-text = O atlas lista { "{count:}" } fábricas de empresas chinesas do setor de veículos elétricos fora da China, cada uma com suas fontes e as palavras exatas delas; os números anuais são do Rhodium Group e do MERICS, como seus relatórios e a imprensa os publicaram. Quando nenhuma fonte dá um número, o atlas diz isso em vez de chutar. Abra qualquer fábrica no mapa, filtre os gráficos ou baixe os dados com todas as fontes.
story-9-announce = Visão geral: todas as { "{count:}" } fábricas
