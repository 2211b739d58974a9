package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

import java.util.List;
import java.util.Map;

/** Renders result rows as an NHS.UK table with 95% confidence intervals and disclosure marks. */
public final class Tables {
    private Tables() {
    }

    public static String results(String caption, List<Map<String, Object>> rows, Object unit, boolean withFlag) {
        if (rows.isEmpty()) {
            return "<p class=\"nhsuk-body\">No " + esc(caption.toLowerCase(java.util.Locale.UK)) + " results in your scope.</p>";
        }
        StringBuilder sb = new StringBuilder("<table class=\"nhsuk-table derwent-results\"><caption class=\"nhsuk-table__caption\">")
                .append(esc(caption)).append("</caption><thead class=\"nhsuk-table__head\"><tr>")
                .append("<th scope=\"col\">Group</th><th scope=\"col\" class=\"derwent-num\">Numerator</th>")
                .append("<th scope=\"col\" class=\"derwent-num\">Denominator</th><th scope=\"col\" class=\"derwent-num\">Value</th>")
                .append("<th scope=\"col\" class=\"derwent-num\">95% CI</th>")
                .append(withFlag ? "<th scope=\"col\">Funnel</th>" : "")
                .append("<th scope=\"col\">Mark</th></tr></thead><tbody class=\"nhsuk-table__body\">");
        for (Map<String, Object> r : rows) {
            boolean sup = Boolean.TRUE.equals(r.get("suppressed"));
            sb.append("<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\">").append(esc(r.get("group_name")))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">").append(sup ? "*" : Html.count(r.get("numerator")))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">").append(Html.count(r.get("denominator")))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">").append(sup ? "*" : Html.value(r.get("value"), unit))
                    .append("</td><td class=\"nhsuk-table__cell derwent-num\">")
                    .append(sup || r.get("lower_95") == null ? "" : Html.value(r.get("lower_95"), unit) + " to "
                            + Html.value(r.get("upper_95"), unit)).append("</td>");
            if (withFlag) {
                sb.append("<td class=\"nhsuk-table__cell\">").append(esc(flag(r.get("funnel_flag")))).append("</td>");
            }
            sb.append("<td class=\"nhsuk-table__cell\">").append(esc(mark(r.get("mark")))).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    static String flag(Object f) {
        if (f == null) {
            return "";
        }
        return switch (f.toString()) {
            case "high_998" -> "High (99.8%)";
            case "high_95" -> "High (95%)";
            case "low_95" -> "Low (95%)";
            case "low_998" -> "Low (99.8%)";
            default -> "Within limits";
        };
    }

    static String mark(Object m) {
        if (m == null) {
            return "";
        }
        return switch (m.toString()) {
            case "*" -> "* suppressed";
            case "~" -> "~ rounded";
            default -> "";
        };
    }
}
