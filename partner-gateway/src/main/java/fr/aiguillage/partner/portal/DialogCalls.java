package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.dialog.Dialog;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A service call made from a dialog: done, the dialog closes and the caller says so; refused, the
 * reasons go back onto the dialog's fields; impossible now (taken meanwhile, gone, not allowed),
 * the dialog closes, the service's message is shown and the page is brought up to date.
 */
final class DialogCalls {
  private DialogCalls() {}

  static <T> void run(
      Dialog dialog,
      Supplier<T> call,
      Consumer<List<FieldError>> onInvalid,
      Consumer<T> onDone,
      Runnable refresh) {
    T done;
    try {
      done = call.get();
    } catch (InvalidInputException e) {
      onInvalid.accept(e.errors());
      return;
    } catch (DomainException e) {
      dialog.close();
      PortalNotices.error(e.getMessage());
      refresh.run();
      return;
    }
    dialog.close();
    onDone.accept(done);
  }
}
