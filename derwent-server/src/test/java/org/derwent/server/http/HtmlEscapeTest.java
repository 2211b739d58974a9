package org.derwent.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.derwent.server.web.Html;
import org.junit.jupiter.api.Test;

class HtmlEscapeTest {
    @Test
    void escapes_markup_and_quotes() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void formats_values_by_unit() {
        assertThat(Html.value(0.7712, "proportion")).isEqualTo("77.1%");
        assertThat(Html.value(95.04, "per_1000")).isEqualTo("95.0");
        assertThat(Html.value(null, "proportion")).isEmpty();
    }
}
