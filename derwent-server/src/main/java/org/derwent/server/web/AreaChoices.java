package org.derwent.server.web;

import java.util.ArrayList;
import java.util.List;
import org.derwent.server.scope.Footprint;
import org.derwent.server.scope.Scope;

/** The areas a user may choose on the overview and profile pages, from their scope. */
public final class AreaChoices {
    /** One choice: level and code (value {@code level:code}) with its label. */
    public record Choice(String level, String code, String label) {
        public String value() {
            return level + ":" + code;
        }
    }

    private AreaChoices() {
    }

    public static List<Choice> of(Scope scope, Footprint f) {
        List<Choice> out = new ArrayList<>();
        String area = scope.principal().areaCode();
        switch (scope.role()) {
            case ICB_ANALYST -> {
                f.areas("place").forEach(a -> out.add(new Choice("place", a.code(), "Place: " + a.name())));
                f.areas("pcn").forEach(a -> out.add(new Choice("pcn", a.code(), "PCN: " + a.name())));
            }
            case PUBLIC -> f.areas("place").forEach(a -> out.add(new Choice("place", a.code(), "Place: " + a.name())));
            case PLACE_LEAD -> {
                out.add(new Choice("place", area, "Place: " + f.name("place", area)));
                f.pcnsOfPlace(area).forEach(p -> out.add(new Choice("pcn", p, "PCN: " + f.name("pcn", p))));
            }
            case PCN_CLINICIAN -> {
                out.add(new Choice("pcn", area, "PCN: " + f.name("pcn", area)));
                f.practicesOfPcn(area).forEach(p -> out.add(new Choice("practice", p, "Practice: " + f.name("practice", p))));
            }
            case PRACTICE_USER -> out.add(new Choice("practice", area, "Practice: " + f.name("practice", area)));
        }
        return out;
    }

    /** The choice matching {@code value} ({@code level:code}) if the user may choose it, else the first. */
    public static Choice pick(List<Choice> choices, String value) {
        for (Choice c : choices) {
            if (c.value().equals(value)) {
                return c;
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    public static String select(List<Choice> choices, Choice chosen, String name) {
        StringBuilder sb = new StringBuilder("<select class=\"nhsuk-select\" id=\"" + name + "\" name=\"" + name + "\">");
        for (Choice c : choices) {
            sb.append("<option value=\"").append(Html.esc(c.value())).append('"')
                    .append(c.equals(chosen) ? " selected" : "").append('>').append(Html.esc(c.label())).append("</option>");
        }
        return sb.append("</select>").toString();
    }
}
