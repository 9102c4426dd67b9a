package vn.kehoach.importing;

import vn.kehoach.plan.RecipientPurpose;

/**
 * One entry of "Nơi nhận". "Lưu: VPTU, CV" gives one archive entry per keeper; "Như trên" gives the addressees of
 * "Kính gửi".
 *
 * @param name the body as written, without the bullet, the purpose and the list punctuation
 * @param lineText the whole line as written, for warnings
 */
public record ParsedRecipient(String name, RecipientPurpose purpose, int line, String lineText) {}
