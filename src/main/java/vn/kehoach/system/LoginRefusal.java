package vn.kehoach.system;

/**
 * Why a login was refused, in words for the person; while wrong passwords make the person wait, how many seconds
 * ({@code Retry-After}). The same answers for user names that do not exist, so that they do not tell which exist.
 */
public record LoginRefusal(String message, Long retryAfterSeconds) {

  public static final LoginRefusal MISSING = new LoginRefusal("Cần đăng nhập: gửi tên đăng nhập và mật khẩu của "
      + "người dùng trong hệ thống (HTTP Basic) (log in with your user name and password)", null);

  public static final LoginRefusal WRONG = new LoginRefusal("Sai tên đăng nhập hoặc mật khẩu; sau mỗi lần nhập sai "
      + "phải chờ vài giây mới thử lại được (wrong user name or password; after a wrong password, wait a few seconds "
      + "before the next try)", null);

  /** This user name from this address: wait after a wrong password (other addresses are not affected). */
  public static LoginRefusal backedOff(long seconds) {
    return new LoginRefusal("Vừa nhập sai mật khẩu của tên đăng nhập này từ máy này; thử lại sau " + seconds
        + " giây (a wrong password was just entered for this user name from this address; try again in " + seconds
        + " s)", seconds);
  }

  /** This address, for every user name: too many failed logins within a few minutes. */
  public static LoginRefusal sourceLimited(long seconds) {
    return new LoginRefusal("Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau " + seconds + " giây (too many "
        + "failed logins from this address; try again in " + seconds + " s)", seconds);
  }
}
