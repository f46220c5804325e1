package fr.aiguillage.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a result: the items, where it starts and how many there are in all. Counting stops at
 * a cap: beyond it, {@code total} is the cap and {@code totalCapped} is true ("more than").
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {
  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total, totalCapped);
  }
}
