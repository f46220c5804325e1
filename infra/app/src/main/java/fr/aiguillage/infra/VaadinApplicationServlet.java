package fr.aiguillage.infra;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet, declared rather than deployed automatically so that it accepts multipart
 * requests: file uploads (directory, CAF lists) arrive that way. Above 1 MB the container buffers a
 * file in a temporary file rather than in memory, so a large list does not fill the heap.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class VaadinApplicationServlet extends CdiVaadinServlet {
  private static final long serialVersionUID = 1L;
}
