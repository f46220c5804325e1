package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import fr.aiguillage.contract.ContractQueues;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A contract queue (to write, to sign, reviews to do, overdue), read page by page as the grid
 * scrolls. The face says how a line opens (its person's page, the contract, a draft to start).
 */
public class ContractQueueGrid extends Grid<ContractQueues.Line> {
  public static final int PAGE_SIZE = 50;

  /** Reads a page of a queue. */
  @FunctionalInterface
  public interface Source {
    Page<ContractQueues.Line> page(ContractQueues.Queue queue, PageRequest page);
  }

  private final ContractQueues.Queue queue;
  private final Source source;
  private final IntConsumer counted;

  public ContractQueueGrid(
      ContractQueues.Queue queue,
      Source source,
      Function<ContractQueues.Line, Component> opener,
      IntConsumer counted) {
    super(PAGE_SIZE);
    this.queue = queue;
    this.source = source;
    this.counted = counted;
    setId("contract-queue-" + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    addClassName("contract-queue");
    setAriaLabel("Contrats — " + queue.label());
    setEmptyStateText(empty(queue));
    setAllRowsVisible(false);
    addComponentColumn(opener::apply)
        .setKey("person")
        .setHeader("Personne")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addComponentColumn(ContractQueueGrid::state)
        .setKey("state")
        .setHeader("État")
        .setAutoWidth(true);
    if (queue == ContractQueues.Queue.TO_REVIEW) {
      addColumn(l -> Formats.day(l.reviewOn()))
          .setKey("reviewOn")
          .setHeader("Bilan le")
          .setAutoWidth(true);
    } else {
      addComponentColumn(ContractQueueGrid::due)
          .setKey("due")
          .setHeader("Échéance")
          .setAutoWidth(true);
    }
    addColumn(l -> l.referentName() == null ? "" : l.referentName())
        .setKey("referent")
        .setHeader("Référent")
        .setAutoWidth(true);
    getColumns().forEach(c -> c.setSortable(false));
    setItems(DataProvider.fromCallbacks(this::fetch, this::count));
  }

  public void refresh() {
    getDataProvider().refreshAll();
  }

  static String empty(ContractQueues.Queue queue) {
    return switch (queue) {
      case TO_WRITE -> "Aucun contrat à rédiger.";
      case TO_SIGN -> "Aucun contrat n'attend de signature.";
      case TO_REVIEW -> "Aucun bilan à faire dans les deux semaines.";
      case OVERDUE -> "Aucun contrat en retard.";
    };
  }

  private static Component state(ContractQueues.Line l) {
    return new Span(l.stateLabel() == null ? "" : l.stateLabel());
  }

  private static Component due(ContractQueues.Line l) {
    Span cell = new Span(Formats.day(l.dueOn()));
    if (l.daysLate() > 0) {
      cell.add(new Span(" "), Badges.overdue());
    }
    return cell;
  }

  /**
   * The grid asks by offset and limit, the service by page; its requests align on its page size.
   */
  private Stream<ContractQueues.Line> fetch(Query<ContractQueues.Line, Void> query) {
    int offset = query.getOffset();
    int limit = query.getLimit();
    if (limit <= 0) {
      return Stream.empty();
    }
    int size = Math.min(limit, PageRequest.MAX_SIZE);
    int first = offset / size;
    int last = (offset + limit - 1) / size;
    List<ContractQueues.Line> found = new ArrayList<>();
    for (int page = first; page <= last; page++) {
      Page<ContractQueues.Line> got = source.page(queue, new PageRequest(page, size));
      found.addAll(got.items());
      if (got.items().size() < size) {
        break;
      }
    }
    return found.stream().skip(offset - (long) first * size).limit(limit);
  }

  private int count(Query<ContractQueues.Line, Void> query) {
    long total = source.page(queue, new PageRequest(0, 1)).total();
    counted.accept((int) Math.min(total, Integer.MAX_VALUE));
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
