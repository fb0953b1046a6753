/*
 * The resident's chat page. Nothing here writes to localStorage, sessionStorage,
 * cookies or IndexedDB, and Web Chat gets no persisting store: the conversation
 * lives in this tab's memory only and is gone when the resident leaves.
 */
(function () {
  'use strict';

  // Read while this script runs: the nonce lets Web Chat's injected styles past the CSP.
  var nonce = (document.currentScript && document.currentScript.nonce) || undefined;
  var exitLink = document.getElementById('exit');
  var exitUrl = exitLink.getAttribute('href');
  var leaving = false;

  // Quick exit first, before anything that could fail: GOV.UK's "Exit this page" pattern.
  function leave(event) {
    if (event) {
      event.preventDefault();
      event.stopPropagation();
    }
    if (leaving) return;
    leaving = true;
    document.documentElement.classList.add('leaving');
    document.title = '';
    try {
      document.body.replaceChildren();
    } catch (e) {
      // Already hidden; leaving matters more than tidying up.
    }
    // replace(), not assign(): Back must not bring the resident back here.
    window.location.replace(exitUrl);
  }

  exitLink.addEventListener('click', leave);
  // Capture phase, so Web Chat's own Escape handling cannot swallow it.
  window.addEventListener(
    'keydown',
    function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') leave(event);
    },
    true
  );

  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');

  function unavailable() {
    status.textContent = status.getAttribute('data-unavailable');
    status.classList.add('chat__status--error');
  }

  function focusSendBox() {
    var input = chat.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input, textarea, input');
    (input || chat).focus();
  }

  var skip = document.querySelector('.skip-link');
  skip.addEventListener('click', function (event) {
    event.preventDefault();
    focusSendBox();
  });

  var styleOptions = {
    accent: '#1d70b8',
    subtle: '#505a5f',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
    fontSizeSmall: '85%',
    rootHeight: '100%',
    backgroundColor: '#ffffff',

    bubbleBackground: '#f3f2f1',
    bubbleBorderColor: '#b1b4b6',
    bubbleBorderRadius: 4,
    bubbleBorderWidth: 1,
    bubbleTextColor: '#0b0c0c',
    bubbleFromUserBackground: '#1d70b8',
    bubbleFromUserBorderColor: '#1d70b8',
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 640,
    bubbleMinWidth: 100,

    // Stacked buttons wrap their text: long titles stay readable at 320 px and 400 % zoom.
    suggestedActionLayout: 'flow',
    suggestedActionsStackedLayoutButtonTextWrap: true,
    suggestedActionsStackedHeight: 'auto',
    suggestedActionsStackedOverflow: 'visible',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 4,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderColor: '#1d70b8',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionTextColor: '#1d70b8',
    suggestedActionBackgroundColorOnHover: '#1d70b8',
    suggestedActionTextColorOnHover: '#ffffff',
    suggestedActionKeyboardFocusIndicatorBorderColor: '#0b0c0c',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 3,

    transcriptVisualKeyboardIndicatorColor: '#0b0c0c',
    transcriptVisualKeyboardIndicatorWidth: 3,
    transcriptActivityVisualKeyboardIndicatorColor: '#0b0c0c',
    transcriptActivityVisualKeyboardIndicatorWidth: 3,

    hideUploadButton: true,
    sendBoxHeight: 48,
    sendBoxTextColor: '#0b0c0c',
    sendBoxPlaceholderColor: '#505a5f',
    sendBoxButtonColor: '#1d70b8',
    sendBoxButtonColorOnHover: '#003078',
    sendBoxButtonKeyboardFocusIndicatorBorderColor: '#0b0c0c',
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 3,
    timestampColor: '#505a5f'
  };

  function start() {
    if (leaving) return;
    // Set here, not in the HTML, so that without JavaScript only the <noscript> message shows.
    status.textContent = status.getAttribute('data-loading');
    if (!window.WebChat) {
      unavailable();
      return;
    }
    fetch(chat.getAttribute('data-token-url'), {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (session) {
        if (leaving) return;
        var directLine = window.WebChat.createDirectLine({ token: session.token, domain: session.domain, webSocket: true });
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            userID: session.userID,
            locale: chat.getAttribute('data-locale'),
            nonce: nonce,
            styleOptions: styleOptions,
            sendTypingIndicator: false,
            overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: chat.getAttribute('data-placeholder') }
          },
          chat
        );
        status.textContent = '';
      })
      .catch(unavailable);
  }

  start();
})();
