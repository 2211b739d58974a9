package org.derwent.cli.ingest;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.derwent.ingest.LoadListener;

/** Shows a load's reading progress in MiB with a progress bar, then each merge step on its own line. */
final class ProgressBarListener implements LoadListener {
    private static final long MIB = 1L << 20;
    private ProgressBar bar;
    private long pending;

    @Override
    public void started(long totalBytes, int files) {
        bar = new ProgressBarBuilder().setTaskName("Reading " + files + " file(s)").setInitialMax(Math.max(1, totalBytes / MIB))
                .setUnit(" MiB", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate()
                .build();
    }

    @Override
    public void progress(long bytes) {
        pending += bytes;
        if (pending >= MIB && bar != null) {
            bar.stepBy(pending / MIB);
            pending %= MIB;
        }
    }

    @Override
    public void phase(String description) {
        if (bar == null) {
            System.err.println(description);
        } else if (description.startsWith("reading ")) {
            bar.setExtraMessage(description.substring(8));
        }
    }

    @Override
    public void readingDone() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
