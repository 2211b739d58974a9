package org.derwent.measures.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExprParserTest {
    private static final SourcePos POS = new SourcePos("f.yaml", 1);

    @Test
    void and_binds_tighter_than_or() {
        Expr e = ExprParser.parse("a or b and c", POS);
        assertThat(e).isInstanceOf(Expr.Binary.class);
        assertThat(((Expr.Binary) e).op()).isEqualTo(Expr.Op.OR);
        assertThat(((Expr.Binary) ((Expr.Binary) e).right()).op()).isEqualTo(Expr.Op.AND);
    }

    @Test
    void comparisons_bind_tighter_than_and_and_arithmetic_tighter_still() {
        Expr e = ExprParser.parse("sbp <= 140 + 10 and not x", POS);
        Expr.Binary and = (Expr.Binary) e;
        assertThat(and.op()).isEqualTo(Expr.Op.AND);
        Expr.Binary le = (Expr.Binary) and.left();
        assertThat(le.op()).isEqualTo(Expr.Op.LE);
        assertThat(((Expr.Binary) le.right()).op()).isEqualTo(Expr.Op.ADD);
        assertThat(and.right()).isInstanceOf(Expr.Not.class);
    }

    @Test
    void reads_in_lists_is_null_strings_and_calls() {
        assertThat(ExprParser.parse("ethnic_group in ('asian', 'black')", POS)).isInstanceOf(Expr.In.class);
        assertThat(ExprParser.parse("sbp is not null", POS)).isEqualTo(new Expr.IsNull(new Expr.Ref("sbp", POS), true));
        assertThat(ExprParser.parse("coalesce(a, 0)", POS)).isInstanceOf(Expr.Call.class);
        assertThat(ExprParser.parse("sex = 'F'", POS)).isEqualTo(new Expr.Binary(Expr.Op.EQ, new Expr.Ref("sex", POS), new Expr.Str("F")));
    }

    @Test
    void multiplication_before_addition() {
        Expr.Binary e = (Expr.Binary) ExprParser.parse("1 + 2 * a", POS);
        assertThat(e.op()).isEqualTo(Expr.Op.ADD);
        assertThat(((Expr.Binary) e.right()).op()).isEqualTo(Expr.Op.MUL);
    }
}
