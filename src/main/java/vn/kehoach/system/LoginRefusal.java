package vn.kehoach.system;

/**
 * Why a login to {@code /api} or {@code /engine-rest} was refused, in words for the person; when the account is
 * locked for a while after a wrong password, how many seconds to wait ({@code Retry-After}).
 */
public record LoginRefusal(String message, Long retryAfterSeconds) {

  public static final LoginRefusal MISSING = new LoginRefusal("Cần đăng nhập: gửi tên đăng nhập và mật khẩu của "
      + "người dùng trong hệ thống (HTTP Basic) (log in with your user name and password)", null);

  /** The same for an unknown user name, so that the answer does not tell which user names exist. */
  public static final LoginRefusal WRONG = new LoginRefusal("Sai tên đăng nhập hoặc mật khẩu; sau mỗi lần nhập sai, "
      + "tài khoản bị tạm khóa vài giây (wrong user name or password; a wrong password locks the account for a few "
      + "seconds)", null);

  public static final LoginRefusal LOCKED_FOR_GOOD = new LoginRefusal("Tài khoản bị khóa do nhập sai mật khẩu quá "
      + "nhiều lần; đề nghị quản trị viên mở khóa (account locked after too many wrong passwords; ask an "
      + "administrator to unlock it)", null);

  public static LoginRefusal locked(long seconds) {
    return new LoginRefusal("Tài khoản tạm khóa do nhập sai mật khẩu; thử lại sau " + seconds + " giây (account "
        + "locked after a wrong password; try again in " + seconds + " s)", seconds);
  }
}
