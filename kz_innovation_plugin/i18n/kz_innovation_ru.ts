<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>KzInnovation</name>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="19"/>
        <source>Bundled regions of Kazakhstan</source>
        <translation>Встроенные регионы Казахстана</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="24"/>
        <source>Boundary set</source>
        <translation>Набор границ</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="32"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="34"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="43"/>
        <source>{count} regions of the {name} boundary set.</source>
        <translation>Регионов в наборе границ {name}: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="27"/>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="91"/>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="95"/>
        <source>Cores</source>
        <translation>Ядра</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="28"/>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="65"/>
        <source>Influence zones</source>
        <translation>Зоны влияния</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="29"/>
        <source>Clusters of cores</source>
        <translation>Кластеры ядер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="30"/>
        <source>Multiplier effect</source>
        <translation>Мультипликативный эффект</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="31"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="131"/>
        <location filename="../processing_provider/spatial_parameters.py" line="112"/>
        <source>Method record</source>
        <translation>Протокол метода</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="39"/>
        <source>Cluster cores and influence zones</source>
        <translation>Ядра кластеров и зоны влияния</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="45"/>
        <source>Regions with the innovation index</source>
        <translation>Регионы с индексом инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="47"/>
        <source>Cores are</source>
        <translation>Способ выбора ядер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="50"/>
        <source>Number of cores (top_k)</source>
        <translation>Число ядер (top_k)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="53"/>
        <source>Index threshold (threshold)</source>
        <translation>Порог индекса (threshold)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="56"/>
        <source>Also require a local statistic</source>
        <translation>Дополнительно требовать локальную статистику</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="59"/>
        <source>Hot spot confidence (%)</source>
        <translation>Уровень доверия для горячих точек (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="62"/>
        <source>Minimum top-level probability (robust cores)</source>
        <translation>Минимальная вероятность высшего уровня (устойчивые ядра)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="68"/>
        <source>Contiguity rings (K)</source>
        <translation>Кольца смежности (K)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="71"/>
        <source>Distance bands in km</source>
        <translation>Пояса удалённости, км</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="73"/>
        <source>Mass for the gravity potential (default: the index)</source>
        <translation>Масса для гравитационного потенциала (по умолчанию — индекс)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="77"/>
        <source>Distance decay exponent (gravity)</source>
        <translation>Показатель затухания с расстоянием (gravity)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="88"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="60"/>
        <source>All layers in one GeoPackage, with their styles</source>
        <translation>Все слои в одном GeoPackage со стилями</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="114"/>
        <source>Distance bands must be numbers in km separated by commas, e.g. 100, 200, 300.</source>
        <translation>Пояса удалённости задаются числами в километрах через запятую, например 100, 200, 300.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="58"/>
        <source>Full analysis: index, clusters and report</source>
        <translation>Полный анализ: индекс, кластеры и отчёт</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="64"/>
        <source>Indicator table (CSV or XLSX)</source>
        <translation>Таблица показателей (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="66"/>
        <source>Regions (empty: the bundled boundary set of the year)</source>
        <translation>Регионы (если пусто — встроенный набор границ для этого года)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="69"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="72"/>
        <source>Sheet (XLSX)</source>
        <translation>Лист (XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="78"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="123"/>
        <source>Uncertainty runs (Monte Carlo)</source>
        <translation>Число прогонов анализа неопределённости (Монте-Карло)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="91"/>
        <source>Analysis GeoPackage</source>
        <translation>GeoPackage с результатами анализа</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="93"/>
        <source>Report (HTML)</source>
        <translation>Отчёт (HTML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="129"/>
        <source>Joining, indexing, testing and zoning</source>
        <translation>Присоединение, расчёт индекса, проверка значимости и зонирование</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="134"/>
        <source>Writing the GeoPackage, maps and report</source>
        <translation>Запись GeoPackage, карт и отчёта</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="29"/>
        <source>Global spatial autocorrelation</source>
        <translation>Глобальная пространственная автокорреляция</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="35"/>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="40"/>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="31"/>
        <source>Input layer (polygons or points)</source>
        <translation>Входной слой (полигоны или точки)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="37"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="42"/>
        <source>Global statistics</source>
        <translation>Глобальные статистики</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="44"/>
        <source>Moran scatterplot data</source>
        <translation>Данные диаграммы рассеяния Морана</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="59"/>
        <source>{field}: Moran's I {i:.4f} (pseudo p {p:.4f}, z {z:.3f}); Geary's C {c:.4f}</source>
        <translation>{field}: I Морана {i:.4f} (псевдо-p {p:.4f}, z {z:.3f}); C Гири {c:.4f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="133"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Missing values</source>
        <translation>Пропущенные значения</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Outliers and skew (flagged indicators only)</source>
        <translation>Выбросы и асимметрия (только отмеченные показатели)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Normalisation</source>
        <translation>Нормализация</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Aggregation</source>
        <translation>Агрегирование</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="24"/>
        <source>Profile clustering</source>
        <translation>Кластеризация профилей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="42"/>
        <source>More groups (NAME: field, field; NAME: field ...)</source>
        <translation>Дополнительные группы (ИМЯ: поле, поле; ИМЯ: поле ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="42"/>
        <source>Derived indicators (name = expression; ...)</source>
        <translation>Производные показатели (имя = выражение; ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="42"/>
        <source>User weights (field=weight, ...) for WEIGHTING=user</source>
        <translation>Пользовательские веса (поле=вес, ...) при WEIGHTING=user</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="42"/>
        <source>Group weights (group=weight, ...; default equal)</source>
        <translation>Веса групп (группа=вес, ...; по умолчанию равные)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="42"/>
        <source>Level thresholds (two numbers; default 1/3 and 2/3 of min-max)</source>
        <translation>Пороги уровней (два числа; по умолчанию 1/3 и 2/3 размаха min-max)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="59"/>
        <source>Composite innovation index</source>
        <translation>Композитный индекс инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="61"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="129"/>
        <source>Innovation index</source>
        <translation>Индекс инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="82"/>
        <source>Regions with indicator fields</source>
        <translation>Регионы с полями показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="84"/>
        <source>Innovation potential fields (resources)</source>
        <translation>Поля инновационного потенциала (ресурсы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="84"/>
        <source>Innovation performance fields (results)</source>
        <translation>Поля инновационной результативности (результаты)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="84"/>
        <source>Fields where lower is better</source>
        <translation>Поля, где меньшее значение лучше</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="94"/>
        <source>Indicator table with the national row (optional)</source>
        <translation>Таблица показателей со строкой по республике (необязательно)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="97"/>
        <source>Year of the national row (long or BNS-style tables)</source>
        <translation>Год строки по республике (длинные таблицы и таблицы в формате БНС)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="105"/>
        <source>Largest share of missing indicators a region may have</source>
        <translation>Наибольшая допустимая доля пропущенных показателей у региона</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="109"/>
        <source>Most points winsorised per indicator</source>
        <translation>Наибольшее число винсоризуемых значений на показатель</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="112"/>
        <source>Profile clusters (0: chosen by silhouette)</source>
        <translation>Число кластеров профилей (0 — выбор по коэффициенту силуэта)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="126"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="52"/>
        <location filename="../processing_provider/spatial_parameters.py" line="69"/>
        <source>Random seed</source>
        <translation>Начальное значение генератора случайных чисел</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="135"/>
        <source>Indicator correlations</source>
        <translation>Корреляции показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="174"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="145"/>
        <source>Reading the regions</source>
        <translation>Чтение регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="176"/>
        <source>Computing the index and its uncertainty</source>
        <translation>Расчёт индекса и его неопределённости</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="28"/>
        <source>Join indicator table to regions</source>
        <translation>Присоединить таблицу показателей к регионам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="45"/>
        <source>Regions (polygon layer)</source>
        <translation>Регионы (полигональный слой)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="50"/>
        <source>Indicator table file (CSV or XLSX)</source>
        <translation>Файл таблицы показателей (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="56"/>
        <source>or an indicator table layer</source>
        <translation>или слой с таблицей показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="62"/>
        <source>Sheet (XLSX; name or number, default the first)</source>
        <translation>Лист (XLSX; имя или номер, по умолчанию первый)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="68"/>
        <source>Year (long or BNS-style tables)</source>
        <translation>Год (длинные таблицы и таблицы в формате БНС)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="73"/>
        <source>Region code or name field (detected when empty)</source>
        <translation>Поле с кодом или названием региона (если пусто — определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="79"/>
        <source>Table column with region codes or names (detected when empty)</source>
        <translation>Столбец таблицы с кодами или названиями регионов (если пусто — определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="85"/>
        <source>Accept fuzzy name matches at least this similar (0.5-1; empty: never)</source>
        <translation>Принимать нечёткие совпадения названий со сходством не ниже (0,5–1; если пусто — никогда)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="92"/>
        <source>Regions with indicators</source>
        <translation>Регионы с показателями</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="97"/>
        <source>Match report</source>
        <translation>Отчёт о сопоставлении</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="102"/>
        <source>Regions matched</source>
        <translation>Сопоставлено регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="103"/>
        <source>Table rows unmatched</source>
        <translation>Несопоставленных строк таблицы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="116"/>
        <source>Give the indicator table either as a file (TABLE: CSV or XLSX) or as a table layer (TABLE_LAYER), not both and not neither.</source>
        <translation>Укажите таблицу показателей ровно одним способом: файлом (TABLE: CSV или XLSX) или слоем-таблицей (TABLE_LAYER).</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="147"/>
        <source>Reading the table and matching regions</source>
        <translation>Чтение таблицы и сопоставление регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="158"/>
        <source>Writing the outputs</source>
        <translation>Запись результатов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="42"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="68"/>
        <source>Local Moran's I (LISA)</source>
        <translation>Локальный индекс Морана (LISA)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="72"/>
        <source>Bivariate: against the spatial lag of this field (optional)</source>
        <translation>Двумерный вариант: относительно пространственного лага этого поля (необязательно)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="91"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Горячие точки (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="95"/>
        <source>p-values from</source>
        <translation>Расчёт p-значений</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="27"/>
        <source>Macro-regions (spatially constrained clustering)</source>
        <translation>Макрорегионы (пространственно связная кластеризация)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="30"/>
        <source>Innovation clusters</source>
        <translation>Инновационные кластеры</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="36"/>
        <source>Profile fields</source>
        <translation>Поля профиля</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="39"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="42"/>
        <source>Number of macro-regions (SKATER, Ward)</source>
        <translation>Число макрорегионов (SKATER, Ward)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="45"/>
        <source>Floor field (max-p; empty: count of regions)</source>
        <translation>Поле порога (max-p; если пусто — число регионов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="49"/>
        <source>Floor: minimum total per macro-region (max-p)</source>
        <translation>Порог: минимальная сумма на макрорегион (max-p)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="55"/>
        <source>Regions with their macro-region</source>
        <translation>Регионы с номером макрорегиона</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="57"/>
        <source>Macro-regions</source>
        <translation>Макрорегионы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="83"/>
        <source>{m} macro-regions; within sum of squares {w:.3f}, between {b:.3f} (total {t:.3f})</source>
        <translation>Макрорегионов: {m}; внутригрупповая сумма квадратов {w:.3f}, межгрупповая {b:.3f} (общая {t:.3f})</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="25"/>
        <location filename="../processing_provider/spatial_parameters.py" line="35"/>
        <source>Spatial weights</source>
        <translation>Пространственные веса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="27"/>
        <source>Spatial statistics</source>
        <translation>Пространственная статистика</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="34"/>
        <source>Weights file</source>
        <translation>Файл весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="36"/>
        <source>Weights summary</source>
        <translation>Сводка по весам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="38"/>
        <source>Islands</source>
        <translation>Острова (объекты без соседей)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="39"/>
        <source>Components</source>
        <translation>Компоненты связности</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="72"/>
        <source>Data preparation</source>
        <translation>Подготовка данных</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="38"/>
        <source>Neighbours (k nearest; kernel: adaptive bandwidth)</source>
        <translation>Число соседей (k ближайших; для ядра — адаптивная ширина окна)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="41"/>
        <source>Distance band or kernel bandwidth in metres (empty: the smallest band that gives every feature a neighbour)</source>
        <translation>Пороговое расстояние или ширина окна ядра в метрах (если пусто — наименьшее расстояние, при котором у каждого объекта есть сосед)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="45"/>
        <source>Kernel function</source>
        <translation>Ядерная функция</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="48"/>
        <source>Weights transform (r: row-standardised, b: binary)</source>
        <translation>Преобразование весов (r — нормировка по строкам, b — бинарные)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="51"/>
        <source>Features without neighbours</source>
        <translation>Объекты без соседей</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="54"/>
        <source>Unique id field (ids of a weights file; default: feature ids)</source>
        <translation>Поле уникального идентификатора (идентификаторы файла весов; по умолчанию — идентификаторы объектов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="58"/>
        <source>Weights file (GAL/GWT) instead of building weights</source>
        <translation>Файл весов (GAL/GWT) вместо построения весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="58"/>
        <source>Spatial weights (*.gal *.gwt)</source>
        <translation>Пространственные веса (*.gal *.gwt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="66"/>
        <source>Permutations</source>
        <translation>Число перестановок</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="72"/>
        <source>Significance level</source>
        <translation>Уровень значимости</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="75"/>
        <source>Multiple-testing correction</source>
        <translation>Поправка на множественные сравнения</translation>
    </message>
</context>
</TS>
