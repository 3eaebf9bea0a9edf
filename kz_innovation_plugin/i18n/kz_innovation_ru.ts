<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>KzInnovation</name>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Queen contiguity (shared border or corner)</source>
        <translation>Смежность «ферзь» (общая граница или вершина)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Rook contiguity (shared border)</source>
        <translation>Смежность «ладья» (общая граница)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>K nearest neighbours</source>
        <translation>k ближайших соседей</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Distance band</source>
        <translation>Пороговое расстояние</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Kernel (weights decay with distance)</source>
        <translation>Ядерные веса (убывают с расстоянием)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Triangular</source>
        <translation>Треугольная</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Gaussian</source>
        <translation>Гауссова</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Bisquare (quartic)</source>
        <translation>Биквадратная (квартическая)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Epanechnikov (parabolic)</source>
        <translation>Епанечникова (параболическая)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Uniform (boxcar)</source>
        <translation>Равномерная (прямоугольная)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="155"/>
        <source>Row-standardised</source>
        <translation>Нормировка по строкам</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="155"/>
        <source>Binary</source>
        <translation>Бинарные</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Stop and name them</source>
        <translation>Остановиться и перечислить их</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Keep them without neighbours</source>
        <translation>Оставить без соседей</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Link each to its nearest feature</source>
        <translation>Присоединить каждый к ближайшему объекту</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>Доля ложных открытий (Бенджамини — Хохберг)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>Bonferroni</source>
        <translation>Поправка Бонферрони</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>No correction</source>
        <translation>Без поправки</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="172"/>
        <source>Permutations (pseudo p-value)</source>
        <translation>Перестановки (псевдо-p-значение)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="172"/>
        <source>Normal approximation</source>
        <translation>Нормальное приближение</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the median of the regions</source>
        <translation>Заполнить медианой по регионам</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the mean of the regions</source>
        <translation>Заполнить средним по регионам</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the national value</source>
        <translation>Заполнить значением по республике</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Leave out regions with gaps</source>
        <translation>Исключить регионы с пропусками</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Winsorise the outliers</source>
        <translation>Винсоризовать выбросы</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Logarithm</source>
        <translation>Логарифм</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Square root</source>
        <translation>Квадратный корень</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Leave as they are</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="194"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="194"/>
        <source>Percent of the national value (or of the mean)</source>
        <translation>Процент от значения по республике (или от среднего)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Equal</source>
        <translation>Равные</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Set by the user (User weights)</source>
        <translation>Заданные пользователем (пользовательские веса)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Principal components (PCA)</source>
        <translation>Главные компоненты (PCA)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Entropy</source>
        <translation>Энтропийные</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="211"/>
        <source>Arithmetic mean</source>
        <translation>Арифметическое среднее</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="211"/>
        <source>Geometric mean</source>
        <translation>Геометрическое среднее</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Fixed thresholds</source>
        <translation>Фиксированные пороги</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Terciles (equal numbers of regions)</source>
        <translation>Терцили (равное число регионов)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Естественные границы (Дженкс)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="222"/>
        <source>K-means</source>
        <translation>Метод k-средних</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="222"/>
        <source>Ward's hierarchical clustering</source>
        <translation>Иерархическая кластеризация Уорда</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>Regions of the high level</source>
        <translation>Регионы высокого уровня</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>A set number of highest-index regions</source>
        <translation>Заданное число регионов с наибольшим индексом</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>Regions at or above an index threshold</source>
        <translation>Регионы с индексом не ниже порога</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>Not required</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>LISA High-High or High-Low</source>
        <translation>LISA High-High или High-Low</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>Gi* hot spot</source>
        <translation>Горячая точка Gi*</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>90 % confidence</source>
        <translation>Уровень доверия 90 %</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>95 % confidence</source>
        <translation>Уровень доверия 95 %</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>99 % confidence</source>
        <translation>Уровень доверия 99 %</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Contiguity rings</source>
        <translation>Кольца смежности</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Distance bands</source>
        <translation>Пояса удалённости</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Gravity potential</source>
        <translation>Гравитационный потенциал</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>SKATER (pruned spanning tree)</source>
        <translation>SKATER (разрезанное остовное дерево)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>Max-p (a floor per macro-region)</source>
        <translation>Max-p (порог для каждого макрорегиона)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>Ward (contiguity-constrained)</source>
        <translation>Уорд (с ограничением смежности)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2022: 17 regions and 3 cities</source>
        <translation>2022: 17 областей и 3 города</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2018: 14 regions and 3 cities</source>
        <translation>2018: 14 областей и 3 города</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2017: 14 regions and 2 cities</source>
        <translation>2017: 14 областей и 2 города</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One row per region, one column per activity</source>
        <translation>Строка на регион, столбец на вид деятельности</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One row per region and activity</source>
        <translation>Строка на регион и вид деятельности</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One sheet per activity (statistical bulletins)</source>
        <translation>Лист на вид деятельности (статистические бюллетени)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="277"/>
        <source>Zero (the phenomenon does not occur)</source>
        <translation>Ноль (явления нет)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="277"/>
        <source>Missing</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="287"/>
        <source>Count or total (adds up)</source>
        <translation>Количество или сумма (складывается)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="287"/>
        <source>Rate, share or mean (needs a weight)</source>
        <translation>Относительный показатель, доля или среднее (нужен вес)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Do not split (refuse)</source>
        <translation>Не разделять (отказ)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Copy the old region's rate to each new region</source>
        <translation>Скопировать показатель старого региона в каждый новый</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Divide the old region's total in proportion to a weight</source>
        <translation>Разделить итог старого региона пропорционально весу</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="304"/>
        <source>Spatial lag (neighbours' outcomes)</source>
        <translation>Пространственный лаг (результаты соседей)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="304"/>
        <source>Spatial Durbin (neighbours' outcomes and inputs)</source>
        <translation>Пространственная модель Дарбина (результаты и факторы соседей)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="313"/>
        <source>Pooled: every region and year together</source>
        <translation>Объединённая: все регионы и годы вместе</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="313"/>
        <source>The base year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Min-max (0 to 1)</source>
        <translation>Мин-макс (от 0 до 1)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Min-max (0 to 100)</source>
        <translation>Мин-макс (от 0 до 100)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Z-score (standard deviations from the mean)</source>
        <translation>Z-оценка (стандартные отклонения от среднего)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Distance to the best</source>
        <translation>Расстояние до лучшего</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Percent of the reference's regional mean</source>
        <translation>Процент от среднего по регионам базы</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>Classic: between classes of the values</source>
        <translation>Классическая: между классами значений</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>Spatial: by the class of the neighbours' average</source>
        <translation>Пространственная: по классу среднего соседей</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>LISA: between Moran scatter plot quadrants</source>
        <translation>LISA: между квадрантами диаграммы рассеяния Морана</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Plain least squares (OLS)</source>
        <translation>Обычный метод наименьших квадратов (МНК)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Spatial lag of growth (maximum likelihood)</source>
        <translation>Пространственный лаг роста (максимальное правдоподобие)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Spatial error (maximum likelihood)</source>
        <translation>Пространственная ошибка (максимальное правдоподобие)</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="51"/>
        <source>As published</source>
        <translation>Как опубликовано</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="52"/>
        <source>Sum of the published regions</source>
        <translation>Сумма опубликованных регионов</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="53"/>
        <source>Weighted mean of the published regions</source>
        <translation>Взвешенное среднее опубликованных регионов</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="54"/>
        <source>Copied from the old, larger region</source>
        <translation>Скопировано из старого, более крупного региона</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="55"/>
        <source>Share of the old region's total by a weight</source>
        <translation>Доля итога старого региона по весу</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="56"/>
        <source>Not computed: a part has no value</source>
        <translation>Не вычислено: у части нет значения</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/_sinks.py" line="41"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="162"/>
        <source>Writing the outputs</source>
        <translation>Запись результатов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="18"/>
        <source>Bundled regions of Kazakhstan</source>
        <translation>Встроенные регионы Казахстана</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="23"/>
        <source>Boundary set</source>
        <translation>Набор границ</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="26"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="53"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="37"/>
        <source>{count} regions of the {name} boundary set.</source>
        <translation>Регионов в наборе границ {name}: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="35"/>
        <source>Multiplier effect</source>
        <translation>Мультипликативный эффект</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="36"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="147"/>
        <location filename="../processing_provider/spatial_parameters.py" line="140"/>
        <source>Method record</source>
        <translation>Протокол метода</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="61"/>
        <source>Cluster cores and influence zones</source>
        <translation>Ядра кластеров и зоны влияния</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="71"/>
        <source>Regions with the innovation index</source>
        <translation>Регионы с индексом инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="83"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="78"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="164"/>
        <source>All layers in one GeoPackage, with their styles</source>
        <translation>Все слои в одном GeoPackage со стилями</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="86"/>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="164"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Cores</source>
        <translation>Ядра</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="121"/>
        <source>Cores are</source>
        <translation>Способ выбора ядер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="122"/>
        <source>Number of cores (when cores are a set number of highest-index regions)</source>
        <translation>Число ядер (когда ядра — заданное число регионов с наибольшим индексом)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="125"/>
        <source>Lowest index of a core (when cores are regions at or above a threshold)</source>
        <translation>Наименьший индекс ядра (когда ядра — регионы с индексом не ниже порога)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="128"/>
        <source>Also require a local statistic</source>
        <translation>Дополнительно требовать локальную статистику</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="130"/>
        <source>Hot spot confidence</source>
        <translation>Уровень доверия для горячих точек</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="132"/>
        <source>Minimum top-level probability (robust cores)</source>
        <translation>Минимальная вероятность высшего уровня (устойчивые ядра)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="135"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Influence zones</source>
        <translation>Зоны влияния</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="137"/>
        <source>Number of contiguity rings</source>
        <translation>Число колец смежности</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="140"/>
        <source>Distance bands in km</source>
        <translation>Пояса удалённости, км</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="144"/>
        <source>Mass for the gravity potential (default: the index)</source>
        <translation>Масса для гравитационного потенциала (по умолчанию — индекс)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="148"/>
        <source>Distance decay exponent (gravity potential)</source>
        <translation>Показатель затухания с расстоянием (гравитационный потенциал)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="21"/>
        <source>Beta- and sigma-convergence of regions</source>
        <translation>Бета- и сигма-конвергенция регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="26"/>
        <source>Regions with their initial level, growth and residual</source>
        <translation>Регионы с начальным уровнем, ростом и остатком</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="29"/>
        <source>Dispersion of the regions by year, with its trend</source>
        <translation>Разброс регионов по годам и его тренд</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="32"/>
        <source>Beta, its interval, speed and half-life</source>
        <translation>Бета, её интервал, скорость и период полусходимости</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="37"/>
        <source>Beta-convergence model</source>
        <translation>Модель бета-конвергенции</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="39"/>
        <source>Confidence level of the interval of beta</source>
        <translation>Доверительный уровень интервала беты</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="49"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="108"/>
        <source>Regions in every year (one feature per region and year)</source>
        <translation>Регионы по годам (объект на регион и год)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="52"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="56"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="111"/>
        <source>Region id field (the same in every year)</source>
        <translation>Поле идентификатора региона (одинаковое во все годы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="56"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="111"/>
        <source>Year field</source>
        <translation>Поле года</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="99"/>
        <source>Emerging hot spots over the years</source>
        <translation>Возникающие горячие точки по годам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="104"/>
        <source>Regions with their emerging hot spot pattern</source>
        <translation>Регионы с шаблоном возникающих горячих точек</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="106"/>
        <source>Gi* of each region and year</source>
        <translation>Gi* каждого региона и года</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="111"/>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="106"/>
        <source>p-values from</source>
        <translation>Расчёт p-значений</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="114"/>
        <source>Significance level of the trend</source>
        <translation>Уровень значимости тренда</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="131"/>
        <source>Markov transitions of regions</source>
        <translation>Марковские переходы регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="141"/>
        <source>Regions with their class in each year</source>
        <translation>Регионы с классом в каждом году</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="143"/>
        <source>Transitions between classes</source>
        <translation>Переходы между классами</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="145"/>
        <source>Tests and long-run shares</source>
        <translation>Тесты и долгосрочные доли</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="150"/>
        <source>Markov chain</source>
        <translation>Цепь Маркова</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="152"/>
        <source>Number of quantile classes</source>
        <translation>Число квантильных классов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="155"/>
        <source>Classes from all years together (else within each year)</source>
        <translation>Классы по всем годам вместе (иначе внутри каждого года)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="158"/>
        <source>Divide each year's values by the year's mean</source>
        <translation>Делить значения каждого года на среднее за год</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="161"/>
        <source>Permutations (0: none)</source>
        <translation>Число перестановок (0 — без них)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="164"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="165"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="139"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="70"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="90"/>
        <location filename="../processing_provider/model_algorithm.py" line="58"/>
        <location filename="../processing_provider/spatial_parameters.py" line="92"/>
        <source>Random seed</source>
        <translation>Начальное значение генератора случайных чисел</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="167"/>
        <source>Significance level of the local Moran</source>
        <translation>Уровень значимости локального индекса Морана</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="43"/>
        <source>The input whose spillover is estimated: an indicator of the table (empty: R&amp;D expenditure)</source>
        <translation>Входной показатель, переток которого оценивается: показатель таблицы (если пусто — затраты на исследования и разработки)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="54"/>
        <source>Dynamics (a table of several years): {}</source>
        <translation>Динамика (таблица с несколькими годами): {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="58"/>
        <source>Regions and index</source>
        <translation>Регионы и индекс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="61"/>
        <source>Cluster cores</source>
        <translation>Ядра кластеров</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="98"/>
        <source>Full analysis: index, clusters and report</source>
        <translation>Полный анализ: индекс, кластеры и отчёт</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="120"/>
        <source>Indicator table (CSV or XLSX)</source>
        <translation>Таблица показателей (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="123"/>
        <source>Regions (empty: the bundled boundary set of the year)</source>
        <translation>Регионы (если пусто — встроенный набор границ для этого года)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="126"/>
        <source>Year (empty: the table's latest year)</source>
        <translation>Год (если пусто — последний год таблицы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="136"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="67"/>
        <source>Sheet (XLSX; name or number, default the first)</source>
        <translation>Лист (XLSX; имя или номер, по умолчанию первый)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="144"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="162"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="136"/>
        <location filename="../processing_provider/model_algorithm.py" line="57"/>
        <source>Uncertainty runs (Monte Carlo)</source>
        <translation>Число прогонов анализа неопределённости (Монте-Карло)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="153"/>
        <source>What the region x activity table measures (for the report)</source>
        <translation>Что измеряет таблица регион × вид деятельности (для отчёта)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="160"/>
        <source>Analysis GeoPackage</source>
        <translation>GeoPackage с результатами анализа</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="162"/>
        <source>Report (HTML)</source>
        <translation>Отчёт (HTML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="242"/>
        <source>Give an indicator table (TABLE) to join to the regions, or a regions layer that already has the indicator fields (INPUT), for example the output of 'Join indicator table to regions'.</source>
        <translation>Укажите таблицу показателей (TABLE), чтобы присоединить её к регионам, или слой регионов, в котором уже есть поля показателей (INPUT), например результат алгоритма «Присоединить таблицу показателей к регионам».</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="246"/>
        <source>Joining, indexing, testing and zoning</source>
        <translation>Присоединение, расчёт индекса, проверка значимости и зонирование</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="254"/>
        <source>Writing the GeoPackage, maps and report</source>
        <translation>Запись GeoPackage, карт и отчёта</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="29"/>
        <source>Global spatial autocorrelation</source>
        <translation>Глобальная пространственная автокорреляция</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="43"/>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="47"/>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="40"/>
        <source>Input layer (polygons or points)</source>
        <translation>Входной слой (полигоны или точки)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="45"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="50"/>
        <source>Global statistics</source>
        <translation>Глобальные статистики</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="52"/>
        <source>Moran scatterplot data</source>
        <translation>Данные диаграммы рассеяния Морана</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="68"/>
        <source>{field}: Moran's I {i:.4f} (pseudo p {p:.4f}, z {z:.3f}); Geary's C {c:.4f}</source>
        <translation>{field}: I Морана {i:.4f} (псевдо-p {p:.4f}, z {z:.3f}); C Гири {c:.4f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="23"/>
        <source>Harmonised panel (one row per year, indicator and region)</source>
        <translation>Согласованная панель (строка на год, показатель и регион)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="26"/>
        <source>Regions with the harmonised values</source>
        <translation>Регионы с согласованными значениями</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="29"/>
        <source>Boundary set of each year and indicator</source>
        <translation>Набор границ каждого года и показателя</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="37"/>
        <source>Indicators to harmonise, separated by commas (empty: all)</source>
        <translation>Согласуемые показатели через запятую (если пусто — все)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="39"/>
        <source>Kind of each indicator: indicator=count or indicator=rate, separated by semicolons (empty: the catalogue's)</source>
        <translation>Вид каждого показателя: показатель=count или показатель=rate через точку с запятой (если пусто — по каталогу)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="42"/>
        <source>Weight of each rate: indicator=weight indicator, separated by semicolons</source>
        <translation>Вес каждого относительного показателя: показатель=показатель-вес через точку с запятой</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="45"/>
        <source>Sheet of the weights table</source>
        <translation>Лист таблицы весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="47"/>
        <source>Split rule of single indicators: indicator=rule, separated by semicolons</source>
        <translation>Правило разделения для отдельных показателей: показатель=правило через точку с запятой</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="50"/>
        <source>Boundary set a year was published on, instead of the recognised one: year=set, separated by semicolons</source>
        <translation>Набор границ, в котором опубликован год, вместо распознанного: год=набор через точку с запятой</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="60"/>
        <source>Harmonise a multi-year table</source>
        <translation>Согласование многолетней таблицы по границам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="72"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="105"/>
        <source>Multi-year table: year, region, indicator, value (CSV, XLSX, XLS or ODS)</source>
        <translation>Многолетняя таблица: год, регион, показатель, значение (CSV, XLSX, XLS или ODS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="76"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="128"/>
        <source>Harmonise to the boundary set</source>
        <translation>Привести к набору границ</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="80"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="133"/>
        <source>Weights table (same layout: population, GRP ...)</source>
        <translation>Таблица весов (та же структура: население, ВРП ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="83"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="136"/>
        <source>Regions split by a reform</source>
        <translation>Регионы, разделённые реформой</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="85"/>
        <source>Year of the region layer (empty: every year, one feature per region and year)</source>
        <translation>Год слоя регионов (если пусто — все годы, объект на регион и год)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="96"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="108"/>
        <source>All layers in one GeoPackage</source>
        <translation>Все слои в одном GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="131"/>
        <source>Reading and harmonising the table</source>
        <translation>Чтение и согласование таблицы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="31"/>
        <source>Index of each region and year</source>
        <translation>Индекс каждого региона по годам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="33"/>
        <source>Regions with their index trajectories</source>
        <translation>Регионы с траекториями индекса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Innovation potential indicators (resources), separated by commas (empty: the catalogue's)</source>
        <translation>Показатели инновационного потенциала (ресурсы) через запятую (если пусто — по каталогу)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Innovation performance indicators (results), separated by commas</source>
        <translation>Показатели инновационной результативности (результаты) через запятую</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Indicators where lower is better, separated by commas</source>
        <translation>Показатели, где меньшее значение лучше, через запятую</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="56"/>
        <source>Rank per year and its 90 % interval (index over years)</source>
        <translation>Ранг по годам и его 90-процентный интервал (индекс за несколько лет)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="58"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="59"/>
        <source>Rank (1 = most innovative)</source>
        <translation>Ранг (1 — самый инновационный)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="60"/>
        <source>Other regions</source>
        <translation>Остальные регионы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="68"/>
        <source>Index trajectories over the years</source>
        <translation>Траектории индекса по годам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="98"/>
        <source>Chart of the rank trajectories</source>
        <translation>Диаграмма траекторий рангов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="145"/>
        <source>Fixed reference of the normalisation</source>
        <translation>Постоянная база нормализации</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="147"/>
        <source>Base year (with the base-year reference)</source>
        <translation>Базовый год (для базы по базовому году)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="150"/>
        <source>Years to compute, separated by commas (empty: every year)</source>
        <translation>Годы расчёта через запятую (если пусто — все годы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="156"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="127"/>
        <source>Most points winsorised per indicator</source>
        <translation>Наибольшее число винсоризуемых значений на показатель</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="171"/>
        <source>Regions in colour on the chart (ids or names, separated by commas; empty: all)</source>
        <translation>Регионы, выделяемые цветом на диаграмме (идентификаторы или названия через запятую; если пусто — все)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="243"/>
        <source>Computing the index of every year</source>
        <translation>Расчёт индекса за каждый год</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="254"/>
        <source>The chart could not be written to {path} ({error}); choose another file.</source>
        <translation>Не удалось записать диаграмму в {path} ({error}); выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Missing values</source>
        <translation>Пропущенные значения</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Outliers and skew (flagged indicators only)</source>
        <translation>Выбросы и асимметрия (только отмеченные показатели)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Normalisation</source>
        <translation>Нормализация</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Indicator weights</source>
        <translation>Веса показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Aggregation</source>
        <translation>Агрегирование</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Profile clustering</source>
        <translation>Кластеризация профилей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>More groups (NAME: field, field; NAME: field ...)</source>
        <translation>Дополнительные группы (ИМЯ: поле, поле; ИМЯ: поле ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Derived indicators (name = expression; ...)</source>
        <translation>Производные показатели (имя = выражение; ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>User weights, when the weights are set by the user (field=weight, ...)</source>
        <translation>Пользовательские веса, если веса задаёт пользователь (поле=вес, ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Group weights (group=weight, ...; default equal)</source>
        <translation>Веса групп (группа=вес, ...; по умолчанию равные)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Level thresholds (two numbers; default 1/3 and 2/3 of min-max)</source>
        <translation>Пороги уровней (два числа; по умолчанию 1/3 и 2/3 размаха min-max)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="60"/>
        <source>Largest share of missing indicators a region may have</source>
        <translation>Наибольшая допустимая доля пропущенных показателей у региона</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="69"/>
        <source>Composite innovation index</source>
        <translation>Композитный индекс инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="100"/>
        <source>Regions with indicator fields</source>
        <translation>Регионы с полями показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Innovation potential fields (resources)</source>
        <translation>Поля инновационного потенциала (ресурсы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Innovation performance fields (results)</source>
        <translation>Поля инновационной результативности (результаты)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Fields where lower is better</source>
        <translation>Поля, где меньшее значение лучше</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="112"/>
        <source>Indicator table with the national row</source>
        <translation>Таблица показателей со строкой по республике</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="115"/>
        <source>Year of the national row (long or BNS-style tables)</source>
        <translation>Год строки по республике (длинные таблицы и таблицы в формате БНС)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="130"/>
        <source>Profile clusters (0: chosen by silhouette)</source>
        <translation>Число кластеров профилей (0 — выбор по коэффициенту силуэта)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="145"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Innovation index</source>
        <translation>Индекс инноваций</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="149"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="151"/>
        <source>Indicator correlations</source>
        <translation>Корреляции показателей</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="191"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="151"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="195"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="142"/>
        <source>Reading the regions</source>
        <translation>Чтение регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="193"/>
        <source>Computing the index and its uncertainty</source>
        <translation>Расчёт индекса и его неопределённости</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="30"/>
        <source>Join indicator table to regions</source>
        <translation>Присоединить таблицу показателей к регионам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="50"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="126"/>
        <location filename="../processing_provider/model_algorithm.py" line="54"/>
        <source>Regions (polygon layer)</source>
        <translation>Регионы (полигональный слой)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="55"/>
        <location filename="../processing_provider/model_algorithm.py" line="55"/>
        <source>Indicator table file (CSV or XLSX)</source>
        <translation>Файл таблицы показателей (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="61"/>
        <source>Indicator table layer (instead of a file)</source>
        <translation>Слой с таблицей показателей (вместо файла)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="73"/>
        <location filename="../processing_provider/model_algorithm.py" line="56"/>
        <source>Year (long or BNS-style tables)</source>
        <translation>Год (длинные таблицы и таблицы в формате БНС)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="78"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="131"/>
        <source>Region code or name field (detected when empty)</source>
        <translation>Поле с кодом или названием региона (если пусто — определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="84"/>
        <source>Table column with region codes or names (detected when empty)</source>
        <translation>Столбец таблицы с кодами или названиями регионов (если пусто — определяется автоматически)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="90"/>
        <source>Accept fuzzy name matches at least this similar (0.5-1; empty: never)</source>
        <translation>Принимать нечёткие совпадения названий со сходством не ниже (0,5–1; если пусто — никогда)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="100"/>
        <source>Regions with indicators</source>
        <translation>Регионы с показателями</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="105"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Match report</source>
        <translation>Отчёт о сопоставлении</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="110"/>
        <source>Regions matched</source>
        <translation>Сопоставлено регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="111"/>
        <source>Table rows unmatched</source>
        <translation>Несопоставленных строк таблицы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="124"/>
        <source>Give the indicator table either as a file (TABLE: CSV or XLSX) or as a table layer (TABLE_LAYER), not both and not neither.</source>
        <translation>Укажите таблицу показателей ровно одним способом: файлом (TABLE: CSV или XLSX) или слоем-таблицей (TABLE_LAYER).</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="153"/>
        <source>Reading the table and matching regions</source>
        <translation>Чтение таблицы и сопоставление регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="49"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="78"/>
        <source>Local Moran's I (LISA)</source>
        <translation>Локальный индекс Морана (LISA)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="83"/>
        <source>Bivariate: against the spatial lag of this field</source>
        <translation>Двумерный вариант: относительно пространственного лага этого поля</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="100"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Горячие точки (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="32"/>
        <source>Macro-regions (spatially constrained clustering)</source>
        <translation>Макрорегионы (пространственно связная кластеризация)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="55"/>
        <source>Profile fields</source>
        <translation>Поля профиля</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="58"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="60"/>
        <source>Number of macro-regions (SKATER, Ward)</source>
        <translation>Число макрорегионов (SKATER, Ward)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="63"/>
        <source>Floor field (Max-p; empty: the number of regions)</source>
        <translation>Поле порога (Max-p; если пусто — число регионов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="67"/>
        <source>Floor: minimum total per macro-region (Max-p)</source>
        <translation>Порог: минимальная сумма на макрорегион (Max-p)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="73"/>
        <source>Regions with their macro-region</source>
        <translation>Регионы с номером макрорегиона</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="75"/>
        <source>Macro-regions</source>
        <translation>Макрорегионы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="105"/>
        <source>{m} macro-regions; within sum of squares {w:.3f}, between {b:.3f} (total {t:.3f})</source>
        <translation>Макрорегионов: {m}; внутригрупповая сумма квадратов {w:.3f}, межгрупповая {b:.3f} (общая {t:.3f})</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="26"/>
        <location filename="../processing_provider/spatial_parameters.py" line="59"/>
        <source>Spatial weights</source>
        <translation>Пространственные веса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="28"/>
        <source>Spatial statistics</source>
        <translation>Пространственная статистика</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="43"/>
        <source>Weights file</source>
        <translation>Файл весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="45"/>
        <source>Weights summary</source>
        <translation>Сводка по весам</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="47"/>
        <source>Islands</source>
        <translation>Острова (объекты без соседей)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="48"/>
        <source>Components</source>
        <translation>Компоненты связности</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="27"/>
        <source>Regions with their specialisation</source>
        <translation>Регионы и их специализация</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="29"/>
        <source>Region x activity table (LQ, stars)</source>
        <translation>Таблица регион × вид деятельности (LQ, звёзды)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="32"/>
        <source>Localisation of each activity</source>
        <translation>Локализация видов деятельности</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="34"/>
        <source>Shift-share components</source>
        <translation>Компоненты shift-share</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="36"/>
        <source>Region x activity table as published (when summed)</source>
        <translation>Таблица регион × вид деятельности в опубликованном виде (при суммировании)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Specialisation: LQ at least</source>
        <translation>Специализация: LQ не меньше</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Size star: top share of regions</source>
        <translation>Звезда размера: верхняя доля регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Specialisation star: LQ at least</source>
        <translation>Звезда специализации: LQ не меньше</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Focus star: top share of regions</source>
        <translation>Звезда фокуса: верхняя доля регионов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="55"/>
        <source>Sheet (name or number; default the first)</source>
        <translation>Лист (имя или номер; по умолчанию первый)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="57"/>
        <source>Activity sheets (one sheet per activity): activity=sheet; ...</source>
        <translation>Листы видов деятельности (лист на вид): вид=лист; ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="59"/>
        <source>Column of each activity sheet (header or number; default 0)</source>
        <translation>Столбец на каждом листе (заголовок или номер; по умолчанию 0)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="61"/>
        <source>Region column</source>
        <translation>Столбец региона</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="62"/>
        <source>Activity column (long table)</source>
        <translation>Столбец вида деятельности (длинная таблица)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="64"/>
        <source>Value column (long table)</source>
        <translation>Столбец значения (длинная таблица)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="66"/>
        <source>Region total column (wide table; empty: the sum of activities)</source>
        <translation>Столбец итога региона (широкая таблица; если пусто — сумма видов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="68"/>
        <source>Sheet of the base year</source>
        <translation>Лист базового года</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="69"/>
        <source>Sheet of each region's total (one sheet per activity)</source>
        <translation>Лист итогов регионов (лист на вид деятельности)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="79"/>
        <source>Region x activity table (CSV, XLSX, XLS or ODS)</source>
        <translation>Таблица регион × вид деятельности (CSV, XLSX, XLS или ODS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="83"/>
        <source>Table layout</source>
        <translation>Структура таблицы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="87"/>
        <source>Read "-" as</source>
        <translation>Читать «-» как</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="112"/>
        <source>Specialisation and concentration</source>
        <translation>Специализация и концентрация</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="134"/>
        <source>Sum a table of newer regions to the layer's boundary set</source>
        <translation>Суммировать таблицу более новых регионов до набора границ слоя</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="144"/>
        <source>Base-year table for shift-share (same layout)</source>
        <translation>Таблица базового года для shift-share (та же структура)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="148"/>
        <source>Shift-share: Esteban-Marquillas split</source>
        <translation>Shift-share: разложение Эстебана-Маркильяса</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="197"/>
        <source>Reading the table and measuring specialisation</source>
        <translation>Чтение таблицы и расчёт специализации</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="32"/>
        <source>Model estimates</source>
        <translation>Оценки модели</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="34"/>
        <source>Direct, indirect and total effects</source>
        <translation>Прямые, косвенные и совокупные эффекты</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="37"/>
        <source>Effect of each core on each region</source>
        <translation>Эффект каждого ядра на каждый регион</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="40"/>
        <source>Own and spillover effect of each core</source>
        <translation>Собственный эффект и эффект перетока каждого ядра</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="50"/>
        <source>Spillover effects of cores (spatial lag and Durbin models)</source>
        <translation>Эффекты перетока от ядер (модели пространственного лага и Дарбина)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="70"/>
        <source>Regions (one feature per region, or per region and year)</source>
        <translation>Регионы (объект на регион или на регион и год)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="73"/>
        <source>Outcome (y)</source>
        <translation>Результат (y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="76"/>
        <source>Inputs (x) whose effects are wanted</source>
        <translation>Факторы (x), эффекты которых нужны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="80"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="81"/>
        <source>Cores: region ids, codes or names, separated by commas</source>
        <translation>Ядра: идентификаторы, коды или названия регионов через запятую</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="84"/>
        <source>Field marking the cores (true or not zero)</source>
        <translation>Поле, отмечающее ядра (истина или не ноль)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="87"/>
        <source>Simulation draws for the intervals</source>
        <translation>Число симуляций для интервалов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="93"/>
        <source>Confidence level of the intervals</source>
        <translation>Доверительный уровень интервалов</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="96"/>
        <source>Year field of a panel (region fixed effects)</source>
        <translation>Поле года панели (фиксированные эффекты регионов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="99"/>
        <source>Region id field of a panel (the same in every year)</source>
        <translation>Поле идентификатора региона панели (одинаковое во все годы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="144"/>
        <source>Estimating the model and simulating its effects</source>
        <translation>Оценка модели и моделирование её эффектов</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="45"/>
        <source>An output saved as CSV is safe to open in a spreadsheet: a text cell that begins with =, +, -, @, a tab or a carriage return (which Excel or LibreOffice would run as a formula) is written with a leading apostrophe; numbers are written as they are.</source>
        <translation>Результат, сохранённый в CSV, можно безопасно открыть в электронной таблице: текстовая ячейка, начинающаяся с =, +, -, @, табуляции или возврата каретки (Excel или LibreOffice выполнили бы её как формулу), записывается с апострофом в начале; числа записываются как есть.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="101"/>
        <source>Data preparation</source>
        <translation>Подготовка данных</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="153"/>
        <source>"{value}" or {index} ({label})</source>
        <translation>"{value}" или {index} ({label})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="183"/>
        <source>{label}: {value!r} is not one of the options. Pass one of these values or its number: {accepted}.</source>
        <translation>{label}: значения {value!r} нет среди вариантов. Укажите одно из этих значений или его номер: {accepted}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="221"/>
        <source>Options in scripts, models and qgis_process</source>
        <translation>Варианты в скриптах, моделях и qgis_process</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="222"/>
        <source>The dialog shows the labels. A script, a model or qgis_process passes either the value or its number, for example {value} or {number}.</source>
        <translation>В диалоге показаны названия вариантов. Скрипт, модель или qgis_process передаёт либо значение, либо его номер, например {value} или {number}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/destinations.py" line="133"/>
        <source>The output {output} would write into {path}, the file of the input {input}. Inputs are never modified: choose another file for {output}.</source>
        <translation>Результат {output} был бы записан в {path} — файл входных данных {input}. Входные данные никогда не изменяются: выберите другой файл для {output}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/destinations.py" line="139"/>
        <source>The outputs {first} and {second} would both write {path}, and one would replace the other. Choose a separate file for each (or different layer names in one GeoPackage).</source>
        <translation>Результаты {first} и {second} оба были бы записаны в {path}, и один заменил бы другой. Выберите отдельный файл для каждого (или разные имена слоёв в одном GeoPackage).</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="38"/>
        <source>Innovation clusters model: join, index, LISA, cores</source>
        <translation>Модель инновационных кластеров: присоединение, индекс, LISA, ядра</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="42"/>
        <source>Innovation clusters</source>
        <translation>Инновационные кластеры</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="43"/>
        <source>&lt;p&gt;The steps of &lt;i&gt;Full analysis&lt;/i&gt; as a graphical model: join the indicator table to the regions, compute the composite innovation index and its local Moran clusters (LISA), then select the innovation cores, typed by their LISA cluster, with their influence zones and clusters.&lt;/p&gt;&lt;p&gt;Give the regions, the table and the year; an output left empty is written to a temporary layer. To change a step or take the steps apart, open &lt;code&gt;models/analysismodel.model3&lt;/code&gt; of the plugin folder in the model designer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Шаги &lt;i&gt;Полного анализа&lt;/i&gt; в виде графической модели: присоединить таблицу показателей к регионам, рассчитать композитный индекс инноваций и его локальные кластеры Морана (LISA), затем выбрать инновационные ядра, типизированные по кластеру LISA, с их зонами влияния и кластерами.&lt;/p&gt;&lt;p&gt;Укажите регионы, таблицу и год; результат, оставленный пустым, записывается во временный слой. Чтобы изменить шаг или разобрать модель на шаги, откройте &lt;code&gt;models/analysismodel.model3&lt;/code&gt; из папки модуля в редакторе моделей.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Clusters of cores</source>
        <translation>Кластеры ядер</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>LISA clusters of the index</source>
        <translation>Кластеры LISA по индексу</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="60"/>
        <source>Number of neighbours (k nearest neighbours; adaptive kernel bandwidth)</source>
        <translation>Число соседей (k ближайших соседей; адаптивная ширина окна ядра)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="63"/>
        <source>Distance band or kernel bandwidth in metres (empty: the smallest band that gives every feature a neighbour)</source>
        <translation>Пороговое расстояние или ширина окна ядра в метрах (если пусто — наименьшее расстояние, при котором у каждого объекта есть сосед)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="67"/>
        <source>Kernel function</source>
        <translation>Ядерная функция</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="68"/>
        <source>Weights transform</source>
        <translation>Преобразование весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="70"/>
        <source>Features without neighbours</source>
        <translation>Объекты без соседей</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="72"/>
        <source>Unique id field (ids of a weights file; default: feature ids)</source>
        <translation>Поле уникального идентификатора (идентификаторы файла весов; по умолчанию — идентификаторы объектов)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="77"/>
        <source>Weights file (GAL/GWT) instead of building weights</source>
        <translation>Файл весов (GAL/GWT) вместо построения весов</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="77"/>
        <source>Spatial weights (*.gal *.gwt)</source>
        <translation>Пространственные веса (*.gal *.gwt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="89"/>
        <source>Permutations</source>
        <translation>Число перестановок</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="97"/>
        <source>Significance level</source>
        <translation>Уровень значимости</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="100"/>
        <source>Multiple-testing correction</source>
        <translation>Поправка на множественные сравнения</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>High-High</source>
        <translation>Высокий-высокий (High-High)</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Low-Low</source>
        <translation>Низкий-низкий (Low-Low)</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Low-High</source>
        <translation>Низкий-высокий (Low-High)</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>High-Low</source>
        <translation>Высокий-низкий (High-Low)</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Undefined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Isolated</source>
        <translation>Изолированный</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Not significant</source>
        <translation>Незначимо</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Холодная точка, доверие 99 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Холодная точка, доверие 95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Холодная точка, доверие 90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Горячая точка, доверие 90 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Горячая точка, доверие 95 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Горячая точка, доверие 99 %</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>New Hot Spot</source>
        <translation>Новая горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Consecutive Hot Spot</source>
        <translation>Последовательная горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Intensifying Hot Spot</source>
        <translation>Усиливающаяся горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Persistent Hot Spot</source>
        <translation>Устойчивая горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Diminishing Hot Spot</source>
        <translation>Ослабевающая горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Sporadic Hot Spot</source>
        <translation>Спорадическая горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Oscillating Hot Spot</source>
        <translation>Колеблющаяся горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Historical Hot Spot</source>
        <translation>Историческая горячая точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>New Cold Spot</source>
        <translation>Новая холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Consecutive Cold Spot</source>
        <translation>Последовательная холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Intensifying Cold Spot</source>
        <translation>Усиливающаяся холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Persistent Cold Spot</source>
        <translation>Устойчивая холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Diminishing Cold Spot</source>
        <translation>Ослабевающая холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Sporadic Cold Spot</source>
        <translation>Спорадическая холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Oscillating Cold Spot</source>
        <translation>Колеблющаяся холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Historical Cold Spot</source>
        <translation>Историческая холодная точка</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>No Pattern Detected</source>
        <translation>Закономерность не выявлена</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>The core itself</source>
        <translation>Само ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Rise, interval above zero</source>
        <translation>Рост, интервал выше нуля</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Rise, interval includes zero</source>
        <translation>Рост, интервал включает ноль</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>No effect</source>
        <translation>Нет эффекта</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Fall, interval includes zero</source>
        <translation>Снижение, интервал включает ноль</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Fall, interval below zero</source>
        <translation>Снижение, интервал ниже нуля</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="98"/>
        <source>Agglomeration</source>
        <translation>Агломерация</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="99"/>
        <source>Isolated core</source>
        <translation>Изолированное ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="100"/>
        <source>Core in a low-index area</source>
        <translation>Ядро в зоне низкого индекса</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="101"/>
        <source>Hot spot core</source>
        <translation>Ядро в горячей точке</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="102"/>
        <source>Core</source>
        <translation>Ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="108"/>
        <source>Zone {n}</source>
        <translation>Зона {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="112"/>
        <source>Macro-region {n}</source>
        <translation>Макрорегион {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="120"/>
        <source>Activity {n}</source>
        <translation>Вид деятельности {n}</translation>
    </message>
</context>
</TS>
