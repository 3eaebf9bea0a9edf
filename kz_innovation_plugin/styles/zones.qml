<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
 <renderer-v2 symbollevels="0" forceraster="0" referencescale="-1" type="categorizedSymbol" attr="zone_order" enableorderby="0">
  <categories>
   <category label="Zone 1" value="1" symbol="0" render="true"/>
   <category label="Zone 2" value="2" symbol="1" render="true"/>
   <category label="Zone 3" value="3" symbol="2" render="true"/>
   <category label="Zone 4" value="4" symbol="3" render="true"/>
   <category label="Zone 5" value="5" symbol="4" render="true"/>
  </categories>
  <symbols>
   <symbol alpha="1" type="fill" clip_to_extent="1" name="0" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" class="LinePatternFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="45" name="angle"/>
      <Option type="QString" value="8,48,107,255" name="color"/>
      <Option type="QString" value="1.4" name="distance"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="distance_map_unit_scale"/>
      <Option type="QString" value="MM" name="distance_unit"/>
      <Option type="QString" value="0.35" name="line_width"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="line_width_unit"/>
      <Option type="QString" value="0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="8,48,107,255" k="color"/>
     <prop v="1.4" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" type="line" clip_to_extent="1" name="@0@0" force_rhr="0">
      <data_defined_properties>
       <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleLine" locked="0" pass="0">
       <Option type="Map">
        <Option type="QString" value="0" name="align_dash_pattern"/>
        <Option type="QString" value="square" name="capstyle"/>
        <Option type="QString" value="5;2" name="customdash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
        <Option type="QString" value="MM" name="customdash_unit"/>
        <Option type="QString" value="0" name="dash_pattern_offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
        <Option type="QString" value="0" name="draw_inside_polygon"/>
        <Option type="QString" value="bevel" name="joinstyle"/>
        <Option type="QString" value="8,48,107,255" name="line_color"/>
        <Option type="QString" value="solid" name="line_style"/>
        <Option type="QString" value="0.35" name="line_width"/>
        <Option type="QString" value="MM" name="line_width_unit"/>
        <Option type="QString" value="0" name="offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="offset_unit"/>
        <Option type="QString" value="0" name="ring_filter"/>
        <Option type="QString" value="0" name="trim_distance_end"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_end_unit"/>
        <Option type="QString" value="0" name="trim_distance_start"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_start_unit"/>
        <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
        <Option type="QString" value="0" name="use_custom_dash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="8,48,107,255" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option type="QString" value="" name="name"/>
         <Option name="properties"/>
         <Option type="QString" value="collection" name="type"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" class="SimpleFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
      <Option type="QString" value="8,48,107,255" name="color"/>
      <Option type="QString" value="bevel" name="joinstyle"/>
      <Option type="QString" value="0,0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="8,48,107,255" name="outline_color"/>
      <Option type="QString" value="solid" name="outline_style"/>
      <Option type="QString" value="0.5" name="outline_width"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
      <Option type="QString" value="no" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="8,48,107,255" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="8,48,107,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.5" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" type="fill" clip_to_extent="1" name="1" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" class="LinePatternFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="45" name="angle"/>
      <Option type="QString" value="8,81,156,255" name="color"/>
      <Option type="QString" value="2.24" name="distance"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="distance_map_unit_scale"/>
      <Option type="QString" value="MM" name="distance_unit"/>
      <Option type="QString" value="0.35" name="line_width"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="line_width_unit"/>
      <Option type="QString" value="0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="8,81,156,255" k="color"/>
     <prop v="2.24" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" type="line" clip_to_extent="1" name="@1@0" force_rhr="0">
      <data_defined_properties>
       <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleLine" locked="0" pass="0">
       <Option type="Map">
        <Option type="QString" value="0" name="align_dash_pattern"/>
        <Option type="QString" value="square" name="capstyle"/>
        <Option type="QString" value="5;2" name="customdash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
        <Option type="QString" value="MM" name="customdash_unit"/>
        <Option type="QString" value="0" name="dash_pattern_offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
        <Option type="QString" value="0" name="draw_inside_polygon"/>
        <Option type="QString" value="bevel" name="joinstyle"/>
        <Option type="QString" value="8,81,156,255" name="line_color"/>
        <Option type="QString" value="solid" name="line_style"/>
        <Option type="QString" value="0.35" name="line_width"/>
        <Option type="QString" value="MM" name="line_width_unit"/>
        <Option type="QString" value="0" name="offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="offset_unit"/>
        <Option type="QString" value="0" name="ring_filter"/>
        <Option type="QString" value="0" name="trim_distance_end"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_end_unit"/>
        <Option type="QString" value="0" name="trim_distance_start"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_start_unit"/>
        <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
        <Option type="QString" value="0" name="use_custom_dash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="8,81,156,255" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option type="QString" value="" name="name"/>
         <Option name="properties"/>
         <Option type="QString" value="collection" name="type"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" class="SimpleFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
      <Option type="QString" value="8,81,156,255" name="color"/>
      <Option type="QString" value="bevel" name="joinstyle"/>
      <Option type="QString" value="0,0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="8,81,156,255" name="outline_color"/>
      <Option type="QString" value="solid" name="outline_style"/>
      <Option type="QString" value="0.5" name="outline_width"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
      <Option type="QString" value="no" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="8,81,156,255" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="8,81,156,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.5" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" type="fill" clip_to_extent="1" name="2" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" class="LinePatternFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="45" name="angle"/>
      <Option type="QString" value="33,113,181,255" name="color"/>
      <Option type="QString" value="3.08" name="distance"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="distance_map_unit_scale"/>
      <Option type="QString" value="MM" name="distance_unit"/>
      <Option type="QString" value="0.35" name="line_width"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="line_width_unit"/>
      <Option type="QString" value="0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="33,113,181,255" k="color"/>
     <prop v="3.08" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" type="line" clip_to_extent="1" name="@2@0" force_rhr="0">
      <data_defined_properties>
       <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleLine" locked="0" pass="0">
       <Option type="Map">
        <Option type="QString" value="0" name="align_dash_pattern"/>
        <Option type="QString" value="square" name="capstyle"/>
        <Option type="QString" value="5;2" name="customdash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
        <Option type="QString" value="MM" name="customdash_unit"/>
        <Option type="QString" value="0" name="dash_pattern_offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
        <Option type="QString" value="0" name="draw_inside_polygon"/>
        <Option type="QString" value="bevel" name="joinstyle"/>
        <Option type="QString" value="33,113,181,255" name="line_color"/>
        <Option type="QString" value="solid" name="line_style"/>
        <Option type="QString" value="0.35" name="line_width"/>
        <Option type="QString" value="MM" name="line_width_unit"/>
        <Option type="QString" value="0" name="offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="offset_unit"/>
        <Option type="QString" value="0" name="ring_filter"/>
        <Option type="QString" value="0" name="trim_distance_end"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_end_unit"/>
        <Option type="QString" value="0" name="trim_distance_start"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_start_unit"/>
        <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
        <Option type="QString" value="0" name="use_custom_dash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="33,113,181,255" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option type="QString" value="" name="name"/>
         <Option name="properties"/>
         <Option type="QString" value="collection" name="type"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" class="SimpleFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
      <Option type="QString" value="33,113,181,255" name="color"/>
      <Option type="QString" value="bevel" name="joinstyle"/>
      <Option type="QString" value="0,0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="33,113,181,255" name="outline_color"/>
      <Option type="QString" value="solid" name="outline_style"/>
      <Option type="QString" value="0.5" name="outline_width"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
      <Option type="QString" value="no" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="33,113,181,255" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="33,113,181,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.5" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" type="fill" clip_to_extent="1" name="3" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" class="LinePatternFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="45" name="angle"/>
      <Option type="QString" value="66,146,198,255" name="color"/>
      <Option type="QString" value="3.92" name="distance"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="distance_map_unit_scale"/>
      <Option type="QString" value="MM" name="distance_unit"/>
      <Option type="QString" value="0.35" name="line_width"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="line_width_unit"/>
      <Option type="QString" value="0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="66,146,198,255" k="color"/>
     <prop v="3.92" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" type="line" clip_to_extent="1" name="@3@0" force_rhr="0">
      <data_defined_properties>
       <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleLine" locked="0" pass="0">
       <Option type="Map">
        <Option type="QString" value="0" name="align_dash_pattern"/>
        <Option type="QString" value="square" name="capstyle"/>
        <Option type="QString" value="5;2" name="customdash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
        <Option type="QString" value="MM" name="customdash_unit"/>
        <Option type="QString" value="0" name="dash_pattern_offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
        <Option type="QString" value="0" name="draw_inside_polygon"/>
        <Option type="QString" value="bevel" name="joinstyle"/>
        <Option type="QString" value="66,146,198,255" name="line_color"/>
        <Option type="QString" value="solid" name="line_style"/>
        <Option type="QString" value="0.35" name="line_width"/>
        <Option type="QString" value="MM" name="line_width_unit"/>
        <Option type="QString" value="0" name="offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="offset_unit"/>
        <Option type="QString" value="0" name="ring_filter"/>
        <Option type="QString" value="0" name="trim_distance_end"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_end_unit"/>
        <Option type="QString" value="0" name="trim_distance_start"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_start_unit"/>
        <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
        <Option type="QString" value="0" name="use_custom_dash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="66,146,198,255" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option type="QString" value="" name="name"/>
         <Option name="properties"/>
         <Option type="QString" value="collection" name="type"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" class="SimpleFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
      <Option type="QString" value="66,146,198,255" name="color"/>
      <Option type="QString" value="bevel" name="joinstyle"/>
      <Option type="QString" value="0,0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="66,146,198,255" name="outline_color"/>
      <Option type="QString" value="solid" name="outline_style"/>
      <Option type="QString" value="0.5" name="outline_width"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
      <Option type="QString" value="no" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="66,146,198,255" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="66,146,198,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.5" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" type="fill" clip_to_extent="1" name="4" force_rhr="0">
    <data_defined_properties>
     <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" class="LinePatternFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="45" name="angle"/>
      <Option type="QString" value="107,174,214,255" name="color"/>
      <Option type="QString" value="4.76" name="distance"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="distance_map_unit_scale"/>
      <Option type="QString" value="MM" name="distance_unit"/>
      <Option type="QString" value="0.35" name="line_width"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="line_width_unit"/>
      <Option type="QString" value="0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="107,174,214,255" k="color"/>
     <prop v="4.76" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" type="line" clip_to_extent="1" name="@4@0" force_rhr="0">
      <data_defined_properties>
       <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleLine" locked="0" pass="0">
       <Option type="Map">
        <Option type="QString" value="0" name="align_dash_pattern"/>
        <Option type="QString" value="square" name="capstyle"/>
        <Option type="QString" value="5;2" name="customdash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale"/>
        <Option type="QString" value="MM" name="customdash_unit"/>
        <Option type="QString" value="0" name="dash_pattern_offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="dash_pattern_offset_unit"/>
        <Option type="QString" value="0" name="draw_inside_polygon"/>
        <Option type="QString" value="bevel" name="joinstyle"/>
        <Option type="QString" value="107,174,214,255" name="line_color"/>
        <Option type="QString" value="solid" name="line_style"/>
        <Option type="QString" value="0.35" name="line_width"/>
        <Option type="QString" value="MM" name="line_width_unit"/>
        <Option type="QString" value="0" name="offset"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
        <Option type="QString" value="MM" name="offset_unit"/>
        <Option type="QString" value="0" name="ring_filter"/>
        <Option type="QString" value="0" name="trim_distance_end"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_end_unit"/>
        <Option type="QString" value="0" name="trim_distance_start"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale"/>
        <Option type="QString" value="MM" name="trim_distance_start_unit"/>
        <Option type="QString" value="0" name="tweak_dash_pattern_on_corners"/>
        <Option type="QString" value="0" name="use_custom_dash"/>
        <Option type="QString" value="3x:0,0,0,0,0,0" name="width_map_unit_scale"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="107,174,214,255" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option type="QString" value="" name="name"/>
         <Option name="properties"/>
         <Option type="QString" value="collection" name="type"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" class="SimpleFill" locked="0" pass="0">
     <Option type="Map">
      <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
      <Option type="QString" value="107,174,214,255" name="color"/>
      <Option type="QString" value="bevel" name="joinstyle"/>
      <Option type="QString" value="0,0" name="offset"/>
      <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
      <Option type="QString" value="MM" name="offset_unit"/>
      <Option type="QString" value="107,174,214,255" name="outline_color"/>
      <Option type="QString" value="solid" name="outline_style"/>
      <Option type="QString" value="0.5" name="outline_width"/>
      <Option type="QString" value="MM" name="outline_width_unit"/>
      <Option type="QString" value="no" name="style"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="107,174,214,255" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="107,174,214,255" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.5" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option type="QString" value="" name="name"/>
       <Option name="properties"/>
       <Option type="QString" value="collection" name="type"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
  <rotation/>
  <sizescale/>
 </renderer-v2>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerGeometryType>2</layerGeometryType>
</qgis>
