package org.derwent.risk.model;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Converts standardised rows to Tribuo examples and datasets; the positive label is {@value #EVENT}. */
final class TribuoData {
    static final String EVENT = "admitted";
    static final String NO_EVENT = "not_admitted";
    private static final LabelFactory FACTORY = new LabelFactory();

    private TribuoData() {
    }

    static MutableDataset<Label> dataset(String[] names, List<double[]> z, boolean[] y, String description) {
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance(description, FACTORY), FACTORY);
        for (int i = 0; i < z.size(); i++) {
            ds.add(new ArrayExample<>(new Label(y[i] ? EVENT : NO_EVENT), names, z.get(i)));
        }
        return ds;
    }

    static List<Example<Label>> examples(String[] names, List<double[]> z) {
        List<Example<Label>> out = new ArrayList<>(z.size());
        for (double[] row : z) {
            out.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, row));
        }
        return out;
    }
}
