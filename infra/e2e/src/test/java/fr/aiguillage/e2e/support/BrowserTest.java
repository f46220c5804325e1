package fr.aiguillage.e2e;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A browser test class: one Chromium for its tests, closed after them. */
abstract class BrowserTest {
  static Chromium chromium;
  static Browser browser;

  @BeforeAll
  static void startChromium() {
    chromium = new Chromium();
    browser = chromium.browser;
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }
}
