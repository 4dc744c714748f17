package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MaximumWeightAssignmentTest {

  @Test
  void picksTheLargestTotalNotTheLargestSingleWeight() {
    // Greedy would take 9 and then only 1; 8 + 7 is more.
    long[][] weights = {
        {9, 8},
        {7, 1}};

    assertArrayEquals(new int[] {1, 0}, MaximumWeightAssignment.assign(weights));
  }

  @Test
  void leavesRowsUnpairedWhenTheirOnlyCandidatesWeighZero() {
    long[][] weights = {
        {5, 0, 0},
        {4, 0, 0}};

    assertArrayEquals(new int[] {0, -1}, MaximumWeightAssignment.assign(weights));
  }

  @Test
  void worksWithMoreRowsThanColumns() {
    long[][] weights = {
        {1},
        {3},
        {2}};

    assertArrayEquals(new int[] {-1, 0, -1}, MaximumWeightAssignment.assign(weights));
  }

  @Test
  void anEmptySideGivesNoPairs() {
    assertArrayEquals(new int[] {-1, -1}, MaximumWeightAssignment.assign(new long[2][0]));
    assertArrayEquals(new int[0], MaximumWeightAssignment.assign(new long[0][0]));
  }
}
