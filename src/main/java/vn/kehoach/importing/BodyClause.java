package vn.kehoach.importing;

import java.util.List;

/**
 * An item split into who and what: "Giao Chi bộ Công an phường chủ trì, phối hợp với Văn phòng Đảng ủy phường theo
 * dõi ..." gives lead "Chi bộ Công an phường", cooperating ["Văn phòng Đảng ủy phường"], task "Chủ trì, phối hợp ...".
 *
 * @param lead null when the item starts with its task
 * @param task the item from its first verb, capitalised; empty when the clause is only a name
 */
record BodyClause(String lead, List<String> cooperating, String task) {

  BodyClause {
    cooperating = List.copyOf(cooperating);
  }
}
