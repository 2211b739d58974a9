package org.derwent.measures.lang;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.derwent.measures.yaml.YNode;

/** Turns one entry of a {@code variables:} section into a typed {@link VariableDef}. */
final class VariableReader {
    private VariableReader() {
    }

    static VariableDef read(String name, YNode node, String file, int keyLine) {
        if (node instanceof YNode.YScalar s) {
            SourcePos pos = new SourcePos(file, keyLine);
            return new VariableDef.Derived(name, pos, ExprParser.parse(s.text(), pos), null);
        }
        Fields f = new Fields(node, file, "variable '" + name + "'");
        VariableDef v = kind(name, f);
        f.rejectUnknown();
        return v;
    }

    private static VariableDef kind(String name, Fields f) {
        SourcePos pos = f.pos();
        if (f.has("register")) {
            return new VariableDef.Register(name, pos, f.required("register"), f.text("resolved"));
        }
        if (f.has("encounters")) {
            String method = f.text("method");
            VariableDef.Method m = method == null ? VariableDef.Method.ANY : enumValue(VariableDef.Method.class,
                    method, f.pos("method"));
            return new VariableDef.Encounters(name, pos, f.required("encounters"), m, f.text("diagnosis"), window(f));
        }
        if (f.has("readmissions")) {
            Span days = Span.parse(f.required("readmissions"), f.pos("readmissions"));
            if (days.unit() != Span.Unit.DAYS) {
                throw new DefinitionException(f.pos("readmissions"), "readmission interval must be in days, got '" + days + "'");
            }
            String count = f.text("count");
            boolean readmitted = count == null || count.equals("readmitted");
            if (count != null && !count.equals("readmitted") && !count.equals("discharges")) {
                throw new DefinitionException(f.pos("count"), "count must be 'readmitted' or 'discharges', got '" + count + "'");
            }
            return new VariableDef.Readmissions(name, pos, days.amount(), readmitted, window(f));
        }
        // after readmissions: its 'count:' option is not the count aggregate
        for (VariableDef.Aggregate a : VariableDef.Aggregate.values()) {
            if (f.has(a.key())) {
                return new VariableDef.Events(name, pos, a, f.required(a.key()), window(f), sources(f));
            }
        }
        if (f.has("registered_within")) {
            Span within = Span.parse(f.required("registered_within"), f.pos("registered_within"));
            return new VariableDef.Registration(name, pos, new Window(within, null, Window.Anchor.PERIOD_END,
                    f.pos("registered_within")));
        }
        if (f.has("distinct_medicines")) {
            f.text("distinct_medicines");
            return new VariableDef.DistinctMedicines(name, pos, window(f));
        }
        if (f.has("age_sex_rate")) {
            return new VariableDef.AgeSexRate(name, pos, bands(f.node("age_sex_rate"), f));
        }
        if (f.has("expr")) {
            return new VariableDef.Derived(name, pos, f.expr("expr"), null);
        }
        throw new DefinitionException(pos, "variable '" + name + "' has no kind: expected one of register, exists, count, "
                + "latest_date, earliest_date, latest_value, max_value, min_value, encounters, readmissions, "
                + "distinct_medicines, registered_within, age_sex_rate, expr");
    }

    static Window window(Fields f) {
        Span within = f.has("within") ? Span.parse(f.required("within"), f.pos("within")) : null;
        Span excl = f.has("excluding_last") ? Span.parse(f.required("excluding_last"), f.pos("excluding_last")) : null;
        String anchor = f.text("anchor");
        Window.Anchor a = anchor == null ? Window.Anchor.PERIOD_END
                : enumValue(Window.Anchor.class, anchor, f.pos("anchor"));
        return new Window(within, excl, a, f.pos(f.has("within") ? "within" : "anchor"));
    }

    private static Set<VariableDef.Source> sources(Fields f) {
        YNode n = f.node("from");
        if (n == null) {
            return EnumSet.allOf(VariableDef.Source.class);
        }
        List<YNode> items = n instanceof YNode.YList l ? l.items() : List.of(n);
        Set<VariableDef.Source> out = EnumSet.noneOf(VariableDef.Source.class);
        for (YNode item : items) {
            out.add(enumValue(VariableDef.Source.class, ((YNode.YScalar) item).text(), f.pos("from")));
        }
        return out;
    }

    private static List<VariableDef.Band> bands(YNode node, Fields parent) {
        if (!(node instanceof YNode.YList list)) {
            throw new DefinitionException(parent.pos("age_sex_rate"), "age_sex_rate must be a list of {sex, ages, rate}");
        }
        List<VariableDef.Band> out = new ArrayList<>();
        for (YNode item : list.items()) {
            Fields b = new Fields(item, parent.pos().file(), "age_sex_rate band");
            String ages = b.required("ages");
            String[] ft = ages.endsWith("+") ? new String[] {ages.substring(0, ages.length() - 1), "200"} : ages.split("-");
            try {
                out.add(new VariableDef.Band(b.required("sex"), Integer.parseInt(ft[0].trim()),
                        Integer.parseInt(ft[1].trim()), b.number("rate")));
            } catch (RuntimeException e) {
                throw new DefinitionException(b.pos("ages"), "ages must look like '65-69' or '90+', got '" + ages + "'");
            }
            b.rejectUnknown();
        }
        return out;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, SourcePos pos) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(pos, "unknown value '" + text + "', expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
