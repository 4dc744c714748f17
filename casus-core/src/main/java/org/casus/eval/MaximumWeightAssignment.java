package org.casus.eval;

import java.util.Arrays;

/**
 * Pairs rows with columns, each at most once, so that the total weight is the largest possible
 * (the Hungarian method, O(n²m)). Deterministic: the same weights give the same pairs.
 */
final class MaximumWeightAssignment {
  private MaximumWeightAssignment() {}

  /**
   * For each row, its column, or -1 when it is left unpaired. Pairs of weight 0 or less are never
   * returned: a weight of 0 means "may not be paired".
   */
  static int[] assign(long[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int[] columnOfRow = new int[rows];
    Arrays.fill(columnOfRow, -1);
    if (rows == 0 || columns == 0) {
      return columnOfRow;
    }
    if (rows > columns) {
      int[] rowOfColumn = assign(transpose(weights));
      for (int column = 0; column < rowOfColumn.length; column++) {
        if (rowOfColumn[column] >= 0) {
          columnOfRow[rowOfColumn[column]] = column;
        }
      }
      return columnOfRow;
    }
    int[] rowOfColumn = minimumCostRowsIntoColumns(negate(weights), rows, columns);
    for (int column = 0; column < columns; column++) {
      int row = rowOfColumn[column];
      if (row >= 0 && weights[row][column] > 0) {
        columnOfRow[row] = column;
      }
    }
    return columnOfRow;
  }

  /** Classic potentials formulation; needs rows <= columns, every row gets a column. */
  private static int[] minimumCostRowsIntoColumns(long[][] cost, int rows, int columns) {
    long infinity = Long.MAX_VALUE / 4;
    long[] u = new long[rows + 1];
    long[] v = new long[columns + 1];
    int[] rowAt = new int[columns + 1];
    int[] way = new int[columns + 1];
    for (int row = 1; row <= rows; row++) {
      rowAt[0] = row;
      int column0 = 0;
      long[] minimum = new long[columns + 1];
      Arrays.fill(minimum, infinity);
      boolean[] used = new boolean[columns + 1];
      do {
        used[column0] = true;
        int row0 = rowAt[column0];
        long delta = infinity;
        int column1 = 0;
        for (int column = 1; column <= columns; column++) {
          if (!used[column]) {
            long reduced = cost[row0 - 1][column - 1] - u[row0] - v[column];
            if (reduced < minimum[column]) {
              minimum[column] = reduced;
              way[column] = column0;
            }
            if (minimum[column] < delta) {
              delta = minimum[column];
              column1 = column;
            }
          }
        }
        for (int column = 0; column <= columns; column++) {
          if (used[column]) {
            u[rowAt[column]] += delta;
            v[column] -= delta;
          } else {
            minimum[column] -= delta;
          }
        }
        column0 = column1;
      } while (rowAt[column0] != 0);
      do {
        int column1 = way[column0];
        rowAt[column0] = rowAt[column1];
        column0 = column1;
      } while (column0 != 0);
    }
    int[] result = new int[columns];
    for (int column = 1; column <= columns; column++) {
      result[column - 1] = rowAt[column] - 1;
    }
    return result;
  }

  private static long[][] transpose(long[][] weights) {
    long[][] transposed = new long[weights[0].length][weights.length];
    for (int i = 0; i < weights.length; i++) {
      for (int j = 0; j < weights[0].length; j++) {
        transposed[j][i] = weights[i][j];
      }
    }
    return transposed;
  }

  private static long[][] negate(long[][] weights) {
    long[][] cost = new long[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      cost[i] = Arrays.stream(weights[i]).map(w -> -w).toArray();
    }
    return cost;
  }
}
