package com.excellentbanking.server.dashboard;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record FileIdsRequest(@NotNull @Size(max = 1000) List<@NotNull Long> fileIds) {

}
