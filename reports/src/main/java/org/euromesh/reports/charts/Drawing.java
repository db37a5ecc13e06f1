package org.euromesh.reports.charts;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/** What a {@link NamedChart} paints: one XChart chart, or a grid of small ones (small multiples). */
public sealed interface Drawing permits Drawing.Single, Drawing.Grid {

    int width();

    int height();

    /** Paints the whole drawing at (0, 0). */
    void paint(Graphics2D g);

    /** One chart at its own size. */
    record Single(Chart<?, ?> chart) implements Drawing {
        public Single {
            Objects.requireNonNull(chart, "chart");
        }

        @Override
        public int width() {
            return chart.getWidth();
        }

        @Override
        public int height() {
            return chart.getHeight();
        }

        @Override
        public void paint(Graphics2D g) {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        }
    }

    /**
     * Charts in rows of {@code columns}, each in a {@code cellWidth} × {@code cellHeight} cell,
     * left to right, top to bottom. XChart has no subplots; painting each chart into its own
     * clipped sub-graphics gives the same result in PNG and SVG.
     */
    record Grid(List<Chart<?, ?>> cells, int columns, int cellWidth, int cellHeight) implements Drawing {
        public Grid {
            cells = List.copyOf(cells);
            if (cells.isEmpty() || columns < 1 || cellWidth < 1 || cellHeight < 1) {
                throw new IllegalArgumentException("a grid needs cells, columns >= 1 and a positive cell size");
            }
        }

        @Override
        public int width() {
            return columns * cellWidth;
        }

        @Override
        public int height() {
            return (cells.size() + columns - 1) / columns * cellHeight;
        }

        @Override
        public void paint(Graphics2D g) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width(), height());
            for (int i = 0; i < cells.size(); i++) {
                Graphics2D cell = (Graphics2D) g.create((i % columns) * cellWidth, (i / columns) * cellHeight, cellWidth,
                        cellHeight);
                try {
                    cells.get(i).paint(cell, cellWidth, cellHeight);
                } finally {
                    cell.dispose();
                }
            }
        }
    }
}
