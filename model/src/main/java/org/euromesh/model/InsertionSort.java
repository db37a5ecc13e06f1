package org.euromesh.model;

/**
 * Insertion sort of a short or nearly sorted prefix of a {@code double[]}, in place and without
 * allocation. The hot loop sorts two such arrays per path (the substrate's handful of events, and
 * the site starts after their bucket pass, where only starts sharing a bucket are out of order),
 * and for those it costs one comparison a value; {@link java.util.Arrays#sort} would cost a call
 * and its size dispatch. Values must not be NaN (a NaN compares false and stays where it is).
 */
final class InsertionSort {

    private InsertionSort() {
    }

    /** Sorts {@code a[0..n)} ascending. */
    static void sort(double[] a, int n) {
        for (int i = 1; i < n; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
