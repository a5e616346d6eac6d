<?xml version="1.0" encoding="UTF-8"?>
<!-- Removes GEXF viz: elements (colours), which the published GEXF 1.3 schema cannot validate
     (its viz.xsd has no target namespace); everything else is copied unchanged. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:viz="http://gexf.net/1.3/viz">
  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>
  <xsl:template match="viz:*"/>
</xsl:stylesheet>
