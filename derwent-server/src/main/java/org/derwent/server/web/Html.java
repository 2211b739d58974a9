package org.derwent.server.web;

import java.util.Locale;

/** HTML escaping and number formatting for server-rendered pages. Every dynamic value goes through {@link #esc}. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A value in its unit: proportions as percentages with one decimal, rates with one decimal. */
    public static String value(Object v, Object unit) {
        if (v == null) {
            return "";
        }
        double d = ((Number) v).doubleValue();
        return "proportion".equals(unit) ? String.format(Locale.UK, "%.1f%%", d * 100) : String.format(Locale.UK, "%.1f", d);
    }

    /** A count with thousands separators, or empty. */
    public static String count(Object v) {
        return v == null ? "" : String.format(Locale.UK, "%,d", ((Number) v).longValue());
    }
}
