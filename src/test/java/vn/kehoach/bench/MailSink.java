package vn.kehoach.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on 127.0.0.1 for the storm with e-mail on ({@code -Dbench.storm.mail=true}): GreenMail, emptied every
 * second (it keeps a copy of every message per recipient, tens of thousands in a storm), counting what it received.
 */
final class MailSink implements AutoCloseable {

  private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private final ScheduledExecutorService emptier = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong received = new AtomicLong();

  MailSink() {
    smtp.start();
    emptier.scheduleWithFixedDelay(this::empty, 1, 1, TimeUnit.SECONDS);
  }

  /** The arguments that point the application's e-mail at this server. */
  String[] applicationArguments() {
    return new String[] {"--app.mail.enabled=true", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort()};
  }

  /** Messages received so far, a copy per recipient. */
  long received() {
    empty();
    return received.get();
  }

  private synchronized void empty() {
    received.addAndGet(smtp.getReceivedMessages().length);
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("could not empty the benchmark's SMTP server", e);
    }
  }

  @Override
  public void close() {
    emptier.shutdownNow();
    smtp.stop();
  }
}
