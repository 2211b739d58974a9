package org.derwent.server.web;

import static org.derwent.server.web.Html.esc;

/**
 * Making Data Count variation and assurance icons as accessible badges: a coloured letter disc with the
 * meaning written out (the icon shapes follow the MDC colours: blue improvement, orange concern, grey common
 * cause).
 */
public final class Badges {
    private Badges() {
    }

    public static String variation(Object v) {
        if (v == null) {
            return "<span class=\"derwent-badge derwent-badge--none\">No series</span>";
        }
        return switch (v.toString()) {
            case "improvement" -> badge("improve", "I", "Special cause: improvement");
            case "concern" -> badge("concern", "C", "Special cause: concern");
            case "neutral" -> badge("neutral", "N", "Special cause: neither");
            default -> badge("common", "~", "Common cause variation");
        };
    }

    public static String assurance(Object a) {
        if (a == null || "none".equals(a)) {
            return "<span class=\"derwent-badge derwent-badge--none\">No target assurance</span>";
        }
        return switch (a.toString()) {
            case "consistent_pass" -> badge("improve", "P", "Consistently passing the target");
            case "consistent_fail" -> badge("concern", "F", "Consistently failing the target");
            default -> badge("common", "?", "Hit and miss: may or may not meet the target");
        };
    }

    private static String badge(String kind, String letter, String text) {
        return "<span class=\"derwent-badge derwent-badge--" + kind + "\"><span class=\"derwent-badge__icon\" aria-hidden=\"true\">"
                + esc(letter) + "</span>" + esc(text) + "</span>";
    }
}
