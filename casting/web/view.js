// The room screen in a browser. The viewer key comes in the URL's fragment (never sent in
// a request) and goes to the receiver as the first message on the socket; then the receiver
// sends what its screen shows: a status (name, presenter), a picture header followed by the
// PNG in a binary frame, the pointer as fractions of the picture, or idle.
"use strict";

const TEXT = {
  "zh-CN": {
    idle: "当前没有展示内容",
    presenting: "{name} 正在演示",
    connecting: "正在连接接收端…",
    lost: "与接收端的连接已中断，正在重新连接…",
    noKey: "此链接缺少查看密钥：请打开法庭屏幕上显示的完整地址（含 # 后的部分）。",
    refused: "查看密钥不正确或已失效（接收端每次启动都会更换）：请打开法庭屏幕上现在显示的地址。",
  },
  ko: {
    idle: "현재 표시 중인 내용이 없습니다",
    presenting: "{name} 님이 발표 중입니다",
    connecting: "수신기에 연결하는 중…",
    lost: "수신기와의 연결이 끊겼습니다. 다시 연결하는 중…",
    noKey: "이 링크에는 보기 키가 없습니다. 법정 화면에 표시된 전체 주소(# 뒤 부분 포함)를 여십시오.",
    refused: "보기 키가 틀렸거나 만료되었습니다(수신기를 시작할 때마다 바뀝니다). 법정 화면에 지금 표시된 주소를 여십시오.",
  },
  en: {
    idle: "Nothing is being shown",
    presenting: "{name} is presenting",
    connecting: "Connecting to the receiver…",
    lost: "Lost the connection to the receiver; reconnecting…",
    noKey: "This link lacks the viewer key: open the full address the room screen shows (with the part after #).",
    refused: "The viewer key is wrong or out of date (it changes each time the receiver starts): open the address the room screen shows now.",
  },
};

function pickLanguage() {
  for (const wanted of navigator.languages || [navigator.language || ""]) {
    const tag = wanted.toLowerCase();
    if (tag.startsWith("ko")) return "ko";
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return "zh-CN";
}

const language = pickLanguage();
const text = TEXT[language];
document.documentElement.lang = language;

const body = document.body;
const idle = document.getElementById("idle");
const nameBox = document.getElementById("name");
const messageBox = document.getElementById("message");
const stage = document.getElementById("stage");
const captions = document.getElementById("captions");
const frame = document.getElementById("frame");
const picture = document.getElementById("picture");
const pointer = document.getElementById("pointer");

let status = { name: "", presenter: null };
let header = null; // the picture whose PNG comes next
let generation = 0; // counts pictures and idles: a picture decoded too late is dropped
let shownUrl = null;
let refused = false;
let retry = 500;

function setTitle() {
  const parts = [];
  if (status.presenter && (!stage.hidden || !captions.hidden)) parts.push(text.presenting.replace("{name}", status.presenter));
  if (status.name) parts.push(status.name);
  document.title = parts.length ? parts.join(" — ") : "courtdesk";
}

function showIdle(state, message) {
  generation += 1;
  stage.hidden = true;
  captions.hidden = true;
  captions.replaceChildren();
  idle.hidden = false;
  nameBox.textContent = status.name;
  messageBox.textContent = message;
  pointer.hidden = true;
  picture.removeAttribute("src");
  if (shownUrl) URL.revokeObjectURL(shownUrl);
  shownUrl = null;
  body.dataset.state = state;
  delete body.dataset.page;
  delete body.dataset.seq;
  setTitle();
}

function fit() {
  const width = Number(picture.dataset.width), height = Number(picture.dataset.height);
  if (!width || !height) return;
  const scale = Math.min(window.innerWidth / width, window.innerHeight / height);
  const shownWidth = Math.round(width * scale), shownHeight = Math.round(height * scale);
  picture.style.width = shownWidth + "px";
  picture.style.height = shownHeight + "px";
  frame.style.left = Math.floor((window.innerWidth - shownWidth) / 2) + "px";
  frame.style.top = Math.floor((window.innerHeight - shownHeight) / 2) + "px";
}
window.addEventListener("resize", fit);

async function showPicture(shown, png) {
  const mine = generation;
  const url = URL.createObjectURL(new Blob([png], { type: "image/png" }));
  const next = new Image();
  next.src = url;
  try {
    await next.decode(); // swap only a decoded picture: no flash of an empty frame
  } catch (error) {
    URL.revokeObjectURL(url);
    return;
  }
  if (mine !== generation) { URL.revokeObjectURL(url); return; } // overtaken
  picture.src = url;
  picture.dataset.width = shown.width;
  picture.dataset.height = shown.height;
  fit();
  if (shownUrl) URL.revokeObjectURL(shownUrl);
  shownUrl = url;
  idle.hidden = true;
  captions.hidden = true;
  stage.hidden = false;
  body.dataset.state = "picture";
  body.dataset.kind = shown.kind;
  if (shown.page == null) delete body.dataset.page; else body.dataset.page = shown.page;
  if (shown.seq == null) delete body.dataset.seq; else body.dataset.seq = shown.seq;
  setTitle();
}

function showCaptions(message) {
  generation += 1; // a picture still decoding is older than these lines
  const rows = [];
  for (const [part, style] of [["lines", "line"], ["forming", "line forming"]]) {
    for (const said of message[part] || []) {
      const row = document.createElement("div");
      row.className = style;
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = said.label || said.role;
      row.append(who, document.createTextNode(said.text));
      rows.push(row);
    }
  }
  captions.replaceChildren(...rows);
  idle.hidden = true;
  stage.hidden = true;
  pointer.hidden = true;
  captions.hidden = false;
  body.dataset.state = "captions";
  body.dataset.kind = "captions";
  delete body.dataset.page;
  if (message.seq == null) delete body.dataset.seq; else body.dataset.seq = message.seq;
  setTitle();
}

function onMessage(event) {
  if (typeof event.data !== "string") {
    if (header !== null) showPicture(header, event.data);
    return;
  }
  const message = JSON.parse(event.data);
  if (message.type === "status") {
    status = message;
    if (stage.hidden) nameBox.textContent = status.name;
    setTitle();
  } else if (message.type === "picture") {
    header = message;
    generation += 1;
  } else if (message.type === "captions") {
    header = null;
    showCaptions(message);
  } else if (message.type === "idle") {
    header = null;
    showIdle("idle", text.idle);
  } else if (message.type === "pointer") {
    if (message.x == null || message.y == null) {
      pointer.hidden = true;
    } else {
      pointer.style.left = (message.x * 100) + "%";
      pointer.style.top = (message.y * 100) + "%";
      pointer.hidden = false;
    }
  }
}

function connect(key) {
  const socket = new WebSocket("wss://" + location.host + "/view/socket");
  socket.binaryType = "blob";
  socket.onopen = () => {
    retry = 500;
    socket.send(JSON.stringify({ token: key }));
  };
  socket.onmessage = onMessage;
  socket.onclose = (event) => {
    if (event.code === 4403) {
      refused = true;
      showIdle("refused", text.refused);
      return;
    }
    if (event.code === 4410) { // the presenter stopped serving this page
      refused = true;
      showIdle("ended", text.idle);
      return;
    }
    // A room display keeps trying: the receiver may be restarting.
    if (!refused) {
      showIdle("lost", text.lost);
      setTimeout(() => connect(key), retry);
      retry = Math.min(retry * 2, 10000);
    }
  };
}

const key = decodeURIComponent(location.hash.replace(/^#/, ""));
if (!key) {
  showIdle("no-key", text.noKey);
} else {
  showIdle("connecting", text.connecting);
  connect(key);
}

// Someone typed the key (or a new one) into the address bar: start again with it.
window.addEventListener("hashchange", () => location.reload());
